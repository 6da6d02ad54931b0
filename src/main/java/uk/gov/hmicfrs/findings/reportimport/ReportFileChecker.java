package uk.gov.hmicfrs.findings.reportimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;

/**
 * Checks a report file against docs/import-format.md and collects EVERY problem with its JSON path
 * (e.g. {@code findings[12].recommendations[3].due: not a date}) rather than stopping at the first.
 * Reads only the reference data it is given; writes nothing.
 */
final class ReportFileChecker {

    /** Reference data the checks need, loaded once per import. */
    record ReferenceData(List<Org> organisations, Map<String, Long> regions, Map<String, Long> themes,
                         Set<String> existingSlugs, Set<String> existingPrefixes, Map<String, Long> existingFindings,
                         Set<String> takenReferences) {
    }

    record Org(long id, String slug, String name, String shortName, String code, String type, long regionId) {
    }

    private static final Set<String> ROOT = Set.of("format", "inspection", "judgements", "findings", "keyFigures", "passages");
    private static final Set<String> INSPECTION = Set.of("title", "slug", "referencePrefix", "published", "kind", "region", "source");
    private static final Set<String> JUDGEMENT = Set.of("organisation", "grade", "sentence", "position");
    private static final Set<String> FINDING = Set.of("reference", "section", "type", "organisation", "title", "body",
            "position", "themes", "repeats", "recommendations");
    private static final Set<String> RECOMMENDATION = Set.of("reference", "leadIn", "text", "due", "organisation", "themes");
    private static final Set<String> KEY_FIGURE = Set.of("organisation", "finding", "label", "value", "unit", "period", "position");
    private static final Set<String> PASSAGE = Set.of("organisation", "chapter", "section", "heading", "body", "position");

    private final ReferenceData data;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Org> organisationsByKey = new HashMap<>();
    private final Map<Integer, String> positionsUsed = new HashMap<>();

    ReportFileChecker(ReferenceData data) {
        this.data = data;
        for (Org o : data.organisations()) {
            // a report may name a body by slug, code, full name or the short name it lists it under
            for (String key : List.of(o.slug(), o.code(), o.name(), o.shortName())) {
                organisationsByKey.putIfAbsent(key.toLowerCase(Locale.ROOT), o);
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    /** @return the checked model, or null when there are problems */
    ImportModel check(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add("$: not a JSON object");
            return null;
        }
        unknownFields("", root, ROOT);
        ImportModel.Inspection inspection = inspection(root.get("inspection"));
        String prefix = inspection == null ? null : inspection.referencePrefix();
        // when the prefix itself clashes, that one problem says it all: references are not checked against the database
        JsonNode prefixNode = root.path("inspection").path("referencePrefix");
        Set<String> taken = prefixNode.isString() && data.existingPrefixes().contains(prefixNode.stringValue())
                ? Set.of() : data.takenReferences();
        Long regionId = inspection == null ? null : inspection.regionId();

        List<ImportModel.Judgement> judgements = new ArrayList<>();
        Set<Long> judged = new HashSet<>();
        forEach(root, "judgements", (path, node) -> {
            unknownFields(path + ".", node, JUDGEMENT);
            Org org = organisation(path + ".organisation", node.get("organisation"), true);
            String grade = enumValue(path + ".grade", node.get("grade"), Grade.values());
            String sentence = text(path + ".sentence", node.get("sentence"), true);
            Integer position = position(path, node.get("position"));
            if (org != null && !judged.add(org.id())) {
                problems.add(path + ".organisation: this organisation already has a judgement in the file");
            }
            if (org != null && grade != null && sentence != null) {
                judgements.add(new ImportModel.Judgement(org.id(), grade, sentence, position == null ? -1 : position));
            }
        });

        List<ImportModel.Finding> findings = new ArrayList<>();
        Set<String> fileReferences = new HashSet<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        forEach(root, "findings", (path, node) -> {
            unknownFields(path + ".", node, FINDING);
            String section = enumValue(path + ".section", node.get("section"), ReportSection.values());
            String type = enumValue(path + ".type", node.get("type"), FindingType.values());
            JsonNode orgNode = node.get("organisation");
            Org org = orgNode == null || orgNode.isNull() ? null : organisation(path + ".organisation", orgNode, true);
            String title = text(path + ".title", node.get("title"), true);
            String body = text(path + ".body", node.get("body"), true);
            Integer position = position(path, node.get("position"));
            List<Long> themes = themes(path + ".themes", node.get("themes"));
            Long repeats = null;
            String repeatsRef = text(path + ".repeats", node.get("repeats"), false);
            if (repeatsRef != null) {
                repeats = data.existingFindings().get(repeatsRef);
                if (repeats == null) {
                    problems.add(path + ".repeats: no earlier finding with reference " + repeatsRef);
                }
            }
            if ("AREA_FOR_IMPROVEMENT".equals(type) && (orgNode == null || orgNode.isNull()) && !regionHasRocu(regionId)) {
                problems.add(path + ".organisation: a regional area for improvement needs the inspection's region to have a ROCU");
            }
            String reference = text(path + ".reference", node.get("reference"), false);
            if (reference == null && prefix != null && type != null && (org != null || orgNode == null || orgNode.isNull())) {
                String stem = prefix + "-" + (org == null ? "REGIONAL" : org.code()) + "-"
                        + FindingType.valueOf(type).code() + "-";
                int n = nextNumber.merge(stem, 1, Integer::sum);
                while (fileReferences.contains(stem + n)) {
                    n = nextNumber.merge(stem, 1, Integer::sum);
                }
                reference = stem + n;
            } else if (reference != null && prefix != null && !reference.startsWith(prefix + "-")) {
                problems.add(path + ".reference: must start with the inspection's reference prefix " + prefix + "-");
            }
            if (reference != null && (!fileReferences.add(reference) || taken.contains(reference))) {
                problems.add(path + ".reference: " + reference + " is already used");
            }
            String findingReference = reference;
            List<ImportModel.Recommendation> recommendations = new ArrayList<>();
            forEach(node, "recommendations", (rpath, rnode) -> {
                String fullPath = path + "." + rpath;
                unknownFields(fullPath + ".", rnode, RECOMMENDATION);
                String leadIn = text(fullPath + ".leadIn", rnode.get("leadIn"), true);
                String text = text(fullPath + ".text", rnode.get("text"), true);
                LocalDate due = date(fullPath + ".due", rnode.get("due"), false);
                Org rorg = organisation(fullPath + ".organisation", rnode.get("organisation"), true);
                List<Long> rthemes = themes(fullPath + ".themes", rnode.get("themes"));
                String rref = text(fullPath + ".reference", rnode.get("reference"), false);
                if (rref == null && findingReference != null) {
                    rref = findingReference + "-R" + (recommendations.size() + 1);
                }
                if (rref != null && (!fileReferences.add(rref) || taken.contains(rref))) {
                    problems.add(fullPath + ".reference: " + rref + " is already used");
                }
                if (leadIn != null && text != null && rorg != null) {
                    recommendations.add(new ImportModel.Recommendation(rref, rorg.id(), leadIn, text, due,
                            recommendations.size() + 1, rthemes));
                }
            }, path + ".");
            if (section != null && type != null && title != null && body != null) {
                findings.add(new ImportModel.Finding(reference, section, type, org == null ? null : org.id(), title, body,
                        position == null ? -1 : position, themes, repeats, recommendations));
            }
        });

        List<ImportModel.KeyFigure> keyFigures = new ArrayList<>();
        forEach(root, "keyFigures", (path, node) -> {
            unknownFields(path + ".", node, KEY_FIGURE);
            JsonNode orgNode = node.get("organisation");
            Org org = orgNode == null || orgNode.isNull() ? null : organisation(path + ".organisation", orgNode, true);
            String findingRef = text(path + ".finding", node.get("finding"), false);
            if (findingRef != null && !fileReferences.contains(findingRef)) {
                problems.add(path + ".finding: no finding in this file has reference " + findingRef);
            }
            String label = text(path + ".label", node.get("label"), true);
            BigDecimal value = null;
            JsonNode valueNode = node.get("value");
            if (valueNode == null || valueNode.isNull()) {
                problems.add(path + ".value: required");
            } else if (!valueNode.isNumber()) {
                problems.add(path + ".value: not a number");
            } else {
                value = valueNode.decimalValue();
            }
            String unit = text(path + ".unit", node.get("unit"), true);
            String period = text(path + ".period", node.get("period"), false);
            JsonNode positionNode = node.get("position");
            Integer position = positionNode == null || positionNode.isNull() ? null : integer(path + ".position", positionNode);
            if (label != null && value != null && unit != null) {
                keyFigures.add(new ImportModel.KeyFigure(org == null ? null : org.id(), findingRef, label, value, unit,
                        period, position == null ? keyFigures.size() + 1 : position));
            }
        });

        List<ImportModel.Passage> passages = new ArrayList<>();
        forEach(root, "passages", (path, node) -> {
            unknownFields(path + ".", node, PASSAGE);
            JsonNode orgNode = node.get("organisation");
            Org org = orgNode == null || orgNode.isNull() ? null : organisation(path + ".organisation", orgNode, true);
            String chapter = text(path + ".chapter", node.get("chapter"), true);
            JsonNode sectionNode = node.get("section");
            String section = sectionNode == null || sectionNode.isNull() ? null
                    : enumValue(path + ".section", sectionNode, ReportSection.values());
            String heading = text(path + ".heading", node.get("heading"), false);
            String body = text(path + ".body", node.get("body"), true);
            Integer position = position(path, node.get("position"));
            if (chapter != null && body != null) {
                passages.add(new ImportModel.Passage(org == null ? null : org.id(), chapter, section, heading, body,
                        position == null ? -1 : position));
            }
        });

        if (!problems.isEmpty() || inspection == null) {
            return null;
        }
        return new ImportModel(inspection, judgements, findings, keyFigures, passages).withPositions();
    }

    private ImportModel.Inspection inspection(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add("inspection: required");
            return null;
        }
        if (!node.isObject()) {
            problems.add("inspection: not an object");
            return null;
        }
        unknownFields("inspection.", node, INSPECTION);
        String title = text("inspection.title", node.get("title"), true);
        String slug = text("inspection.slug", node.get("slug"), true);
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("inspection.slug: must only include lower case letters, numbers and hyphens");
        } else if (slug != null && data.existingSlugs().contains(slug)) {
            problems.add("inspection.slug: an inspection with slug " + slug + " already exists");
        }
        String prefix = text("inspection.referencePrefix", node.get("referencePrefix"), true);
        if (prefix != null && !prefix.matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
            problems.add("inspection.referencePrefix: must only include capital letters, numbers and hyphens");
        } else if (prefix != null && data.existingPrefixes().contains(prefix)) {
            problems.add("inspection.referencePrefix: an inspection with reference prefix " + prefix + " already exists");
        }
        LocalDate published = date("inspection.published", node.get("published"), true);
        String kind = enumValue("inspection.kind", node.get("kind"), InspectionKind.values());
        Long regionId = null;
        String region = text("inspection.region", node.get("region"), false);
        if (region != null) {
            regionId = data.regions().get(region.toLowerCase(Locale.ROOT));
            if (regionId == null) {
                problems.add("inspection.region: unknown region " + region);
            }
        }
        String source = text("inspection.source", node.get("source"), true);
        if (title == null || slug == null || prefix == null || published == null || kind == null || source == null) {
            return null;
        }
        return new ImportModel.Inspection(title, slug, prefix, published, kind, regionId, source);
    }

    private boolean regionHasRocu(Long regionId) {
        return regionId != null && data.organisations().stream()
                .anyMatch(o -> o.regionId() == regionId && o.type().equals("ROCU"));
    }

    private interface ItemCheck {
        void check(String path, JsonNode node);
    }

    private void forEach(JsonNode parent, String field, ItemCheck check) {
        forEach(parent, field, check, "");
    }

    private void forEach(JsonNode parent, String field, ItemCheck check, String pathPrefix) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(pathPrefix + field + ": not a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                problems.add(pathPrefix + path + ": not an object");
                continue;
            }
            check.check(path, item);
        }
    }

    private void unknownFields(String pathPrefix, JsonNode node, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(pathPrefix + name + ": unknown field");
            }
        }
    }

    private String text(String path, JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path + ": required");
            }
            return null;
        }
        if (!node.isString()) {
            problems.add(path + ": not a string");
            return null;
        }
        String value = node.stringValue();
        if (value.isBlank()) {
            if (required) {
                problems.add(path + ": must not be blank");
            }
            return null;
        }
        return value;
    }

    private LocalDate date(String path, JsonNode node, boolean required) {
        String value = text(path, node, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(path + ": not a date");
            return null;
        }
    }

    private <E extends Enum<E>> String enumValue(String path, JsonNode node, E[] values) {
        String value = text(path, node, true);
        if (value == null) {
            return null;
        }
        if (Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            problems.add(path + ": not one of " + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
        return value;
    }

    private Org organisation(String path, JsonNode node, boolean required) {
        String value = text(path, node, required);
        if (value == null) {
            return null;
        }
        Org org = organisationsByKey.get(value.strip().toLowerCase(Locale.ROOT));
        if (org == null) {
            problems.add(path + ": unknown organisation " + value);
        }
        return org;
    }

    private List<Long> themes(String path, JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (!node.isArray()) {
            problems.add(path + ": not a list");
            return ids;
        }
        for (int i = 0; i < node.size(); i++) {
            String value = text(path + "[" + i + "]", node.get(i), true);
            if (value != null) {
                Long id = data.themes().get(value.strip().toLowerCase(Locale.ROOT));
                if (id == null) {
                    problems.add(path + "[" + i + "]: unknown theme " + value);
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private Integer integer(String path, JsonNode node) {
        if (!node.isIntegralNumber() || node.asInt() < 1) {
            problems.add(path + ": not a whole number of 1 or more");
            return null;
        }
        return node.asInt();
    }

    /** Passages, judgements and findings share one position sequence; each position is used once. */
    private Integer position(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Integer position = integer(path + ".position", node);
        if (position != null) {
            String previous = positionsUsed.putIfAbsent(position, path);
            if (previous != null) {
                problems.add(path + ".position: position " + position + " is already used by " + previous);
            }
        }
        return position;
    }
}
