package org.trainability.ledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.trainability.ledger.gate.CheckResult;

/**
 * SHA-256 over a canonical JSON form of check results (keys sorted, results in id order), so the
 * same evidence always has the same digest whatever order the checks ran in.
 */
public final class EvidenceDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EvidenceDigest() {
    }

    public static String of(List<CheckResult> results) {
        var sorted = results.stream().sorted(java.util.Comparator.comparing(CheckResult::id))
                .map(AuditJson::checkNode).toList();
        try {
            return sha256(CANONICAL.writeValueAsBytes(sorted));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("check results must serialise to JSON", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
