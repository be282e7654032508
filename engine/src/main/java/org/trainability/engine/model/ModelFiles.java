package org.trainability.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.trainability.engine.RefusedInputException;

/**
 * Reads a model file (examples in {@code docs/examples/}), JSON or YAML (by extension: {@code .yaml}/{@code .yml} is
 * YAML, anything else JSON):
 * <pre>
 * {"type":"ising","n":N,"couplings":[[…N×N…]],"fields":[…],"beta":1.0,"trainFields":true,
 *  "dataMoments":[…]}                       (or "dataStates":[[±1,…],…])
 * {"type":"rbm","visible":n,"hidden":m,"weights":[[…n×m…]],"visibleFields":[…],
 *  "hiddenFields":[…],"beta":1.0,"trainFields":true,"dataStates":[…]}
 * {"type":"denoising", …the ising fields…, "gamma":Γ, "input":[±1,…]}
 *                                           (or "lambda" and "dt" in place of "gamma")
 * </pre>
 * Defaults: {@code beta} 1, {@code trainFields} true, absent fields zero. Exactly one of
 * {@code dataMoments} and {@code dataStates} is required (the gradient needs data).
 *
 * <p>Every failure is one {@link ModelFileException} naming the file and the field: unknown or
 * missing fields, wrong sizes, asymmetric J, a non-zero diagonal, NaN or infinite numbers, moments of
 * the wrong length, spins other than ±1. Stateless; thread-safe.
 */
public final class ModelFiles {

    private static final Set<String> COMMON = Set.of("type", "beta", "trainFields", "dataMoments", "dataStates");
    private static final Set<String> ISING = union(COMMON, Set.of("n", "couplings", "fields"));
    private static final Set<String> DENOISING = union(ISING, Set.of("gamma", "lambda", "dt", "input"));
    private static final Set<String> RBM = union(COMMON,
            Set.of("visible", "hidden", "weights", "visibleFields", "hiddenFields"));

    private ModelFiles() {
    }

    /**
     * Reads and validates a model file.
     *
     * @throws ModelFileException naming the file and the field, for any problem
     */
    public static TrainingProblem read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ModelFileException("model file " + file + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        var name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        return parse(text, yaml, file.toString());
    }

    /**
     * Parses model-file text.
     *
     * @param yaml whether the text is YAML (else JSON)
     * @param source what to call the text in messages (a file name)
     * @throws ModelFileException naming the source and the field
     */
    public static TrainingProblem parse(String text, boolean yaml, String source) {
        ObjectMapper mapper = yaml ? new YAMLMapper()
                : JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ModelFileException("model file " + source + ": not valid " + (yaml ? "YAML" : "JSON")
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        try {
            return problem(root);
        } catch (RefusedInputException e) {
            throw new ModelFileException("model file " + source + ": " + e.getMessage());
        }
    }

    private static TrainingProblem problem(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new RefusedInputException("the file must hold one object with a \"type\" field");
        }
        var type = text(root, "type");
        Model model = switch (type) {
            case "ising" -> {
                known(root, ISING, type);
                yield ising(root);
            }
            case "denoising" -> {
                known(root, DENOISING, type);
                yield denoising(root);
            }
            case "rbm" -> {
                known(root, RBM, type);
                yield rbm(root);
            }
            default -> throw new RefusedInputException("type is \"" + type + "\"; expected ising, rbm or denoising");
        };
        requireRepresentableEnergies(model);
        return new TrainingProblem(model, data(root));
    }

    /**
     * Refuses a model whose β·E(x) can leave double precision: the exact law and the samplers take
     * exponentials of it, and an infinite log-weight is no law at all. The bound is
     * β·(Σ|couplings| + Σ|fields|) (plus Γ·N for a denoising layer), which no state exceeds.
     */
    private static void requireRepresentableEnergies(Model model) {
        double scale;
        double beta;
        if (model instanceof RbmModel r) {
            scale = sumAbs(r.weights()) + sumAbs(r.visibleFields()) + sumAbs(r.hiddenFields());
            beta = r.beta();
        } else {
            var ising = model instanceof DenoisingLayer d ? d.energy() : (IsingModel) model;
            scale = sumAbs(ising.couplings()) / 2 + sumAbs(ising.fields())
                    + (model instanceof DenoisingLayer d ? Math.abs(d.gamma()) * ising.n() : 0);
            beta = ising.beta();
        }
        double bound = Math.abs(beta) * scale;
        if (!(bound <= MAX_ENERGY)) {
            throw new RefusedInputException(String.format(java.util.Locale.ROOT, "beta = %s makes beta*|E(x)| as large as"
                    + " %.3g, beyond what double precision can exponentiate (at most %.0e); scale beta or the couplings"
                    + " down", beta, bound, MAX_ENERGY));
        }
    }

    /** The largest β·|E(x)| a model file may reach: far inside double range, so log-weights and their sums stay finite. */
    static final double MAX_ENERGY = 1e300;

    private static double sumAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }

    private static double sumAbs(double[][] m) {
        double s = 0;
        for (var row : m) {
            s += sumAbs(row);
        }
        return s;
    }

    private static IsingModel ising(JsonNode root) {
        int n = positiveInt(root, "n");
        var couplings = matrix(root, "couplings");
        var fields = root.has("fields") ? vector(root.get("fields"), "fields") : new double[n];
        return new IsingModel(n, couplings, fields, beta(root), trainFields(root));
    }

    private static DenoisingLayer denoising(JsonNode root) {
        var energy = ising(root);
        double gamma;
        if (root.has("gamma")) {
            if (root.has("lambda") || root.has("dt")) {
                throw new RefusedInputException("give either gamma or (lambda and dt), not both");
            }
            gamma = number(root.get("gamma"), "gamma");
        } else if (root.has("lambda") && root.has("dt")) {
            gamma = DenoisingLayer.couplingFromNoise(number(root.get("lambda"), "lambda"),
                    number(root.get("dt"), "dt"));
        } else {
            throw new RefusedInputException("gamma is missing; give the forward-process coupling gamma"
                    + " (or lambda and dt)");
        }
        return new DenoisingLayer(energy, gamma, spins(require(root, "input"), "input"));
    }

    private static RbmModel rbm(JsonNode root) {
        int n = positiveInt(root, "visible");
        int m = positiveInt(root, "hidden");
        var weights = matrix(root, "weights");
        var b = root.has("visibleFields") ? vector(root.get("visibleFields"), "visibleFields") : new double[n];
        var c = root.has("hiddenFields") ? vector(root.get("hiddenFields"), "hiddenFields") : new double[m];
        return new RbmModel(n, m, weights, b, c, beta(root), trainFields(root));
    }

    private static TrainingData data(JsonNode root) {
        boolean moments = root.has("dataMoments");
        boolean states = root.has("dataStates");
        if (moments == states) {
            throw new RefusedInputException(moments ? "give either dataMoments or dataStates, not both"
                    : "no data: give dataMoments (one per parameter, in parameter order) or dataStates"
                            + " (a list of ±1 states)");
        }
        if (moments) {
            return new TrainingData.Moments(vector(root.get("dataMoments"), "dataMoments"));
        }
        var node = root.get("dataStates");
        if (!node.isArray() || node.isEmpty()) {
            throw new RefusedInputException("dataStates must be a non-empty list of ±1 states");
        }
        var list = new ArrayList<int[]>();
        for (int k = 0; k < node.size(); k++) {
            list.add(spins(node.get(k), "dataStates[" + k + "]"));
        }
        return new TrainingData.States(list);
    }

    private static double beta(JsonNode root) {
        return root.has("beta") ? number(root.get("beta"), "beta") : 1.0;
    }

    private static boolean trainFields(JsonNode root) {
        if (!root.has("trainFields")) {
            return true;
        }
        var node = root.get("trainFields");
        if (!node.isBoolean()) {
            throw new RefusedInputException("trainFields is " + node + "; it must be true or false");
        }
        return node.booleanValue();
    }

    private static void known(JsonNode root, Set<String> allowed, String type) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            var field = it.next();
            if (!allowed.contains(field)) {
                throw new RefusedInputException("unknown field \"" + field + "\" for type " + type
                        + "; expected some of " + new TreeSet<>(allowed));
            }
        }
    }

    private static JsonNode require(JsonNode root, String field) {
        var node = root.get(field);
        if (node == null || node.isNull()) {
            throw new RefusedInputException(field + " is missing");
        }
        return node;
    }

    private static String text(JsonNode root, String field) {
        var node = require(root, field);
        if (!node.isTextual()) {
            throw new RefusedInputException(field + " is " + node + "; it must be a string");
        }
        return node.textValue();
    }

    private static int positiveInt(JsonNode root, String field) {
        var node = require(root, field);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new RefusedInputException(field + " is " + node + "; it must be a whole number >= 1");
        }
        return node.intValue();
    }

    private static double number(JsonNode node, String field) {
        if (node == null || !node.isNumber()) {
            throw new RefusedInputException(field + " is " + node + "; it must be a number");
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw new RefusedInputException(field + " is " + v + "; it must be a finite number");
        }
        return v;
    }

    private static double[] vector(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw new RefusedInputException(field + " is " + node + "; it must be a list of numbers");
        }
        var v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(node.get(i), field + "[" + i + "]");
        }
        return v;
    }

    private static double[][] matrix(JsonNode root, String field) {
        var node = require(root, field);
        if (!node.isArray()) {
            throw new RefusedInputException(field + " is " + node + "; it must be a list of rows");
        }
        var m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i), field + "[" + i + "]");
        }
        return m;
    }

    private static int[] spins(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw new RefusedInputException(field + " is " + node + "; it must be a list of spins (-1 or +1)");
        }
        var x = new int[node.size()];
        for (int i = 0; i < x.length; i++) {
            var e = node.get(i);
            if (!e.isNumber() || (e.doubleValue() != 1 && e.doubleValue() != -1)) {
                throw new RefusedInputException(field + "[" + i + "] is " + e + "; spins are -1 or +1");
            }
            x[i] = (int) e.doubleValue();
        }
        return x;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
