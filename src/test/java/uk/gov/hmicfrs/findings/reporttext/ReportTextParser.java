package uk.gov.hmicfrs.findings.reporttext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Chapter;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.ChapterKind;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Finding;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.FindingType;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Grade;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Inspection;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Judgement;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.KeyFigure;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Organisation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.OrganisationType;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Passage;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Recommendation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Region;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Section;

/**
 * Parses the plain text of an HMICFRS regional serious and organised crime report (as saved from the
 * publication's HTML page) into a {@link ParsedReport}. JDK only.
 *
 * <p>The text is a sequence of <em>blocks</em> separated by blank lines. A block is either a paragraph (one
 * line), a list (consecutive lines indented with "  • " or "  1. "), or a heading. The rules:
 * <ul>
 *   <li>Chapter headings are the top-level entries of the Contents; section headings are the Contents
 *       sub-entries of the form "Resources and skills: X" (and the two other section names).</li>
 *   <li>"Area for improvement", "Cause of concern", "Innovative practice" and "Promising practice" are
 *       markers: the next block is the title of a finding of that type.</li>
 *   <li>Any other heading is a one-line, unindented block that does not end in sentence or lead-in
 *       punctuation ('.', ':', ';', '?', '!', '”', '"', ')') and is followed by more text. In the
 *       Introduction and the appendices a heading starts a passage; in the Regional findings and in an
 *       organisation's chapter it starts an observation (a finding without a marker).</li>
 *   <li>"Recommendations" inside a finding starts a recommendations block: a lead-in paragraph ("By 1
 *       January 2025, X should:") and a list, each item one recommendation.</li>
 *   <li>The sentence right after an organisation's chapter heading is its graded judgement.</li>
 *   <li>Text that is under no finding heading becomes a passage (heading null).</li>
 * </ul>
 * Skipped web furniture: the title and "Published on" lines, the Contents block, "Print this document" and
 * everything from the last "Back to publication" on.
 */
public final class ReportTextParser {

    static final Map<String, FindingType> MARKERS = Map.of(
            "Area for improvement", FindingType.AREA_FOR_IMPROVEMENT,
            "Cause of concern", FindingType.CAUSE_OF_CONCERN,
            "Innovative practice", FindingType.INNOVATIVE_PRACTICE,
            "Promising practice", FindingType.PROMISING_PRACTICE);

    static final Map<FindingType, String> REFERENCE_TYPE_CODES = new EnumMap<>(Map.of(
            FindingType.AREA_FOR_IMPROVEMENT, "AFI",
            FindingType.CAUSE_OF_CONCERN, "COC",
            FindingType.INNOVATIVE_PRACTICE, "IP",
            FindingType.PROMISING_PRACTICE, "PP",
            FindingType.OBSERVATION, "OBS"));

    /** The section headings of an organisation's chapter: "&lt;section name&gt;: &lt;organisation&gt;". */
    static final Map<String, Section> SECTION_NAMES = new LinkedHashMap<>();

    static {
        SECTION_NAMES.put("Understanding SOC and setting priorities to tackle it", Section.UNDERSTANDING);
        SECTION_NAMES.put("Resources and skills", Section.RESOURCES);
        SECTION_NAMES.put("Tackling SOC and safeguarding people and communities", Section.TACKLING);
    }

    static final String REGIONAL_CHAPTER = "Regional findings";
    static final String INTRODUCTION_CHAPTER = "Introduction";
    static final String RECOMMENDATIONS_HEADING = "Recommendations";
    static final String PRINT = "Print this document";
    static final String BACK = "Back to publication";
    static final String REGIONAL_REFERENCE_OWNER = "REGIONAL";

    private static final Pattern PUBLISHED = Pattern.compile("^Published on: (\\d{1,2} \\p{L}+ \\d{4})$");
    private static final Pattern CONTENTS_CHAPTER = Pattern.compile("^  \\d+\\. (.+)$");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^    \\d+\\. (.+)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s+(?:•|\\d+\\.)\\s.*$");
    private static final Pattern JUDGEMENT = Pattern.compile(
            "^.+ (?:is|requires) (outstanding|good|adequate|improvement|inadequate) at tackling serious and organised crime\\.$");
    private static final Pattern DUE_DATE = Pattern.compile("^By (\\d{1,2} \\p{L}+ \\d{4}), .+:$");
    private static final Pattern APPENDIX_COVERS = Pattern.compile("^\\s+\\d+\\. (?:The )?(.+?) covers (.+)\\.$");
    private static final Pattern APPENDIX_COLLABORATION = Pattern.compile(
            "^\\s+\\d+\\. (.+?) work collaboratively in the (.+?) region\\.$");
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private final ReportFacts facts;

    public ReportTextParser(ReportFacts facts) {
        this.facts = facts;
    }

    /** Parses a report whose {@link ReportFacts} are known by its title. */
    public static ParsedReport parseKnownReport(String text) {
        String title = lines(text).get(0);
        return new ReportTextParser(ReportFacts.forTitle(title)).parse(text);
    }

    public ParsedReport parse(String text) {
        List<String> lines = lines(text);
        String title = lines.get(0);
        if (!title.equals(facts.title())) {
            throw new IllegalArgumentException("Report title \"" + title + "\" is not \"" + facts.title() + "\"");
        }
        LocalDate publishedOn = lines.stream().map(PUBLISHED::matcher).filter(Matcher::matches).findFirst()
                .map(m -> LocalDate.parse(m.group(1), REPORT_DATE))
                .orElseThrow(() -> new IllegalArgumentException("No \"Published on: d MMMM yyyy\" line"));
        Inspection inspection = new Inspection(facts.slug(), facts.referencePrefix(), title, publishedOn,
                facts.kind(), facts.regionSlug(), facts.source());

        int print = indexOf(lines, PRINT, 0);
        int end = lines.lastIndexOf(BACK);
        if (print < 0 || end < print) {
            throw new IllegalArgumentException("Expected \"" + PRINT + "\" before a final \"" + BACK + "\"");
        }
        Map<String, List<String>> contents = contents(lines.subList(0, print));
        List<List<String>> blocks = blocks(lines.subList(print + 1, end));

        Directory directory = organisations(blocks, contents.keySet());
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : contents.entrySet()) {
            chapters.add(chapter(e.getKey(), e.getValue(), directory));
        }
        Body body = new Body(facts.referencePrefix(), chapters, directory).read(blocks);
        List<KeyFigure> keyFigures = keyFigures(body.findings, body.passages);
        return new ParsedReport(inspection, chapters, directory.regions, directory.organisations,
                body.judgements, body.findings, body.passages, keyFigures);
    }

    // ---------------------------------------------------------------------------------------------------
    // Text structure

    static List<String> lines(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(normalised.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level Contents entries (chapters, without "Back to publication") and their sub-entries. */
    static Map<String, List<String>> contents(List<String> head) {
        Map<String, List<String>> chapters = new LinkedHashMap<>();
        int start = indexOf(head, "Contents", 0);
        if (start < 0) {
            throw new IllegalArgumentException("No Contents block before \"" + PRINT + "\"");
        }
        List<String> current = null;
        for (String line : head.subList(start + 1, head.size())) {
            Matcher entry = CONTENTS_ENTRY.matcher(line);
            Matcher chapter = CONTENTS_CHAPTER.matcher(line);
            if (entry.matches()) {
                if (current == null) {
                    throw new IllegalArgumentException("Contents sub-entry before any chapter: " + line);
                }
                current.add(entry.group(1));
            } else if (chapter.matches()) {
                if (chapter.group(1).equals(BACK)) {
                    current = null;
                    continue;
                }
                current = new ArrayList<>();
                chapters.put(chapter.group(1), current);
            }
        }
        return chapters;
    }

    /** Maximal runs of non-blank lines. */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    /**
     * A heading: a one-line, unindented block not ending in sentence or lead-in punctuation, followed by text.
     */
    static boolean isHeading(List<String> block, boolean followedByText) {
        if (block.size() != 1 || !followedByText) {
            return false;
        }
        String line = block.get(0);
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || isListItem(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".:;?!”\")".indexOf(last) < 0;
    }

    static String blockText(List<String> block) {
        return String.join("\n", block);
    }

    // ---------------------------------------------------------------------------------------------------
    // Appendix 1: regions and organisations

    /** Regions and organisations listed in the appendix that maps the ROCUs. */
    static final class Directory {
        final List<Region> regions = new ArrayList<>();
        final List<Organisation> organisations = new ArrayList<>();

        Organisation byCode(String code) {
            return organisations.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
        }

        Organisation forChapter(String heading) {
            return organisations.stream().filter(o -> o.name().equals(heading)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Chapter \"" + heading + "\" is not an organisation listed in Appendix 1"));
        }
    }

    private static Directory organisations(List<List<String>> blocks, Iterable<String> chapterHeadings) {
        Directory directory = new Directory();
        List<String> appendices = new ArrayList<>();
        chapterHeadings.forEach(h -> {
            if (h.startsWith("Appendix")) {
                appendices.add(h);
            }
        });
        boolean inAppendix = false;
        for (List<String> block : blocks) {
            if (block.size() == 1 && appendices.contains(block.get(0))) {
                inAppendix = true;
                continue;
            }
            if (!inAppendix) {
                continue;
            }
            for (String line : block) {
                Matcher covers = APPENDIX_COVERS.matcher(line);
                Matcher collaboration = APPENDIX_COLLABORATION.matcher(line);
                if (covers.matches()) {
                    OrganisationDirectory.RocuFacts rocu = OrganisationDirectory.rocu(covers.group(1));
                    addRegion(directory, rocu.regionSlug(), rocu.regionName());
                    addOrganisation(directory, new Organisation(rocu.slug(), rocu.name(), rocu.shortName(),
                            rocu.code(), OrganisationType.ROCU, rocu.regionSlug(), directory.organisations.size() + 1));
                    addForces(directory, covers.group(2), rocu.regionSlug());
                } else if (collaboration.matches()) {
                    String regionName = collaboration.group(2);
                    String regionSlug = OrganisationDirectory.slugify(regionName);
                    addRegion(directory, regionSlug, regionName);
                    addForces(directory, collaboration.group(1), regionSlug);
                }
            }
        }
        if (directory.organisations.isEmpty()) {
            throw new IllegalArgumentException("No regional organised crime units found in the appendices");
        }
        return directory;
    }

    private static void addRegion(Directory directory, String slug, String name) {
        if (directory.regions.stream().noneMatch(r -> r.slug().equals(slug))) {
            directory.regions.add(new Region(slug, name, directory.regions.size() + 1));
        }
    }

    private static void addForces(Directory directory, String list, String regionSlug) {
        for (String listed : list.split(",\\s*|\\s+and\\s+")) {
            String name = listed.strip().replaceFirst("^(?:[Tt]he) ", "");
            OrganisationDirectory.ForceFacts force = OrganisationDirectory.force(name);
            addOrganisation(directory, new Organisation(force.slug(), force.officialName(), name, force.code(),
                    force.type(), regionSlug, directory.organisations.size() + 1));
        }
    }

    private static void addOrganisation(Directory directory, Organisation organisation) {
        for (Organisation o : directory.organisations) {
            if (o.slug().equals(organisation.slug()) || o.code().equals(organisation.code())) {
                throw new IllegalArgumentException("Organisation listed twice: " + organisation.name());
            }
        }
        directory.organisations.add(organisation);
    }

    private static Chapter chapter(String heading, List<String> entries, Directory directory) {
        if (heading.equals(INTRODUCTION_CHAPTER)) {
            return new Chapter(heading, ChapterKind.INTRODUCTION, null, entries);
        }
        if (heading.equals(REGIONAL_CHAPTER)) {
            return new Chapter(heading, ChapterKind.REGIONAL, null, entries);
        }
        if (heading.startsWith("Appendix")) {
            return new Chapter(heading, ChapterKind.APPENDIX, null, entries);
        }
        return new Chapter(heading, ChapterKind.ORGANISATION, directory.forChapter(heading).code(), entries);
    }

    // ---------------------------------------------------------------------------------------------------
    // The report body

    private static final class Body {
        final String prefix;
        final List<Chapter> chapters;
        final Directory directory;
        final List<Judgement> judgements = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<Passage> passages = new ArrayList<>();
        final Map<String, Integer> referenceCounters = new HashMap<>();

        int position;
        int nextChapter;
        Chapter chapter;
        Section section;
        FindingType pendingMarker;
        boolean expectJudgement;
        OpenItem open;

        Body(String prefix, List<Chapter> chapters, Directory directory) {
            this.prefix = prefix;
            this.chapters = chapters;
            this.directory = directory;
        }

        /** A finding or passage whose text is still being read. */
        final class OpenItem {
            final boolean finding;
            final FindingType type;
            final String heading;
            final String organisationCode;
            final Section section;
            final int position;
            final List<String> paragraphs = new ArrayList<>();
            // recommendations block
            boolean inRecommendations;
            String leadIn;
            final List<String> recommendationTexts = new ArrayList<>();

            OpenItem(boolean finding, FindingType type, String heading) {
                this.finding = finding;
                this.type = type;
                this.heading = heading;
                this.organisationCode = chapter.organisationCode();
                this.section = Body.this.section;
                this.position = ++Body.this.position;
            }
        }

        Body read(List<List<String>> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                List<String> block = blocks.get(i);
                String line = block.size() == 1 ? block.get(0) : null;
                boolean followedByText = i + 1 < blocks.size();

                if (line != null && nextChapter < chapters.size() && line.equals(chapters.get(nextChapter).heading())) {
                    startChapter(chapters.get(nextChapter++));
                    continue;
                }
                if (chapter == null) {
                    throw new IllegalArgumentException("Text before the first chapter: " + block);
                }
                if (expectJudgement) {
                    expectJudgement = false;
                    Matcher m = line == null ? null : JUDGEMENT.matcher(line);
                    if (m == null || !m.matches()) {
                        throw new IllegalArgumentException("Expected a graded judgement after chapter \""
                                + chapter.heading() + "\" but found: " + block);
                    }
                    judgements.add(new Judgement(chapter.organisationCode(), grade(m.group(1)), line, ++position));
                    continue;
                }
                if (line != null && sectionOf(line) != null) {
                    close();
                    section = sectionOf(line);
                    continue;
                }
                if (line != null && MARKERS.containsKey(line)) {
                    close();
                    requireNoMarker(line);
                    pendingMarker = MARKERS.get(line);
                    continue;
                }
                if (line != null && line.equals(RECOMMENDATIONS_HEADING) && open != null && open.finding) {
                    open.inRecommendations = true;
                    continue;
                }
                if (pendingMarker != null) {
                    if (!isHeading(block, followedByText)) {
                        throw new IllegalArgumentException("Expected a finding title after marker but found: " + block);
                    }
                    close();
                    FindingType type = pendingMarker;
                    pendingMarker = null;
                    openFinding(type, line);
                    continue;
                }
                if (isHeading(block, followedByText)) {
                    close();
                    if (chapter.kind() == ChapterKind.INTRODUCTION || chapter.kind() == ChapterKind.APPENDIX) {
                        open = new OpenItem(false, null, line);
                    } else {
                        openFinding(FindingType.OBSERVATION, line);
                    }
                    continue;
                }
                text(block);
            }
            close();
            if (pendingMarker != null) {
                throw new IllegalArgumentException("Marker at the end of the report without a finding");
            }
            if (nextChapter != chapters.size()) {
                throw new IllegalArgumentException("Chapter \"" + chapters.get(nextChapter).heading()
                        + "\" from the Contents was not found in the text");
            }
            return this;
        }

        private void requireNoMarker(String line) {
            if (pendingMarker != null) {
                throw new IllegalArgumentException("Two markers in a row: " + line);
            }
        }

        private void startChapter(Chapter next) {
            close();
            requireNoMarker(next.heading());
            chapter = next;
            section = switch (next.kind()) {
                case REGIONAL -> Section.REGIONAL;
                case ORGANISATION -> Section.SUMMARY;
                default -> null;
            };
            expectJudgement = next.kind() == ChapterKind.ORGANISATION;
        }

        /** The section a line heads, when it is one of this organisation chapter's Contents entries. */
        private Section sectionOf(String line) {
            if (chapter.kind() != ChapterKind.ORGANISATION || !chapter.contentsEntries().contains(line)) {
                return null;
            }
            for (Map.Entry<String, Section> e : SECTION_NAMES.entrySet()) {
                if (line.startsWith(e.getKey() + ": ")) {
                    return e.getValue();
                }
            }
            return null;
        }

        private void openFinding(FindingType type, String title) {
            if (chapter.kind() != ChapterKind.REGIONAL && chapter.kind() != ChapterKind.ORGANISATION) {
                throw new IllegalArgumentException("Finding \"" + title + "\" outside a findings chapter");
            }
            open = new OpenItem(true, type, title);
        }

        private void text(List<String> block) {
            if (open != null && open.inRecommendations) {
                if (open.leadIn == null && block.size() == 1 && !isListItem(block.get(0))) {
                    open.leadIn = block.get(0);
                    return;
                }
                if (open.leadIn != null && open.recommendationTexts.isEmpty() && block.stream().allMatch(ReportTextParser::isListItem)) {
                    for (String item : block) {
                        open.recommendationTexts.add(item.replaceFirst("^\\s+(?:•|\\d+\\.)\\s", ""));
                    }
                    return;
                }
                throw new IllegalArgumentException("Unexpected text in a recommendations block: " + block);
            }
            if (open == null) {
                open = new OpenItem(false, null, null);
            }
            open.paragraphs.add(blockText(block));
        }

        private void close() {
            OpenItem item = open;
            open = null;
            if (item == null) {
                return;
            }
            String body = String.join("\n\n", item.paragraphs);
            if (!item.finding) {
                passages.add(new Passage(item.organisationCode, chapter.heading(), item.section, item.heading, body,
                        item.position));
                return;
            }
            if (body.isEmpty()) {
                throw new IllegalArgumentException("Finding without text: " + item.heading);
            }
            String owner = item.organisationCode == null ? REGIONAL_REFERENCE_OWNER : item.organisationCode;
            String typeCode = REFERENCE_TYPE_CODES.get(item.type);
            int n = referenceCounters.merge(owner + "-" + typeCode, 1, Integer::sum);
            String reference = prefix + "-" + owner + "-" + typeCode + "-" + n;

            List<Recommendation> recommendations = new ArrayList<>();
            if (item.inRecommendations) {
                if (item.leadIn == null || item.recommendationTexts.isEmpty()) {
                    throw new IllegalArgumentException("Incomplete recommendations block in " + item.heading);
                }
                if (item.organisationCode == null) {
                    throw new IllegalArgumentException("Recommendations without an organisation in " + item.heading);
                }
                Matcher due = DUE_DATE.matcher(item.leadIn);
                LocalDate dueOn = due.matches() ? LocalDate.parse(due.group(1), REPORT_DATE) : null;
                for (int r = 0; r < item.recommendationTexts.size(); r++) {
                    recommendations.add(new Recommendation(reference + "-R" + (r + 1), reference,
                            item.organisationCode, item.leadIn, item.recommendationTexts.get(r), dueOn, r + 1));
                }
            }
            findings.add(new Finding(reference, item.organisationCode, item.section, item.type, item.heading, body,
                    item.position, recommendations));
        }
    }

    private static Grade grade(String word) {
        return switch (word) {
            case "outstanding" -> Grade.OUTSTANDING;
            case "good" -> Grade.GOOD;
            case "adequate" -> Grade.ADEQUATE;
            case "improvement" -> Grade.REQUIRES_IMPROVEMENT;
            case "inadequate" -> Grade.INADEQUATE;
            default -> throw new IllegalArgumentException("Unknown grade: " + word);
        };
    }

    // ---------------------------------------------------------------------------------------------------
    // Key figures

    private List<KeyFigure> keyFigures(List<Finding> findings, List<Passage> passages) {
        record Hit(ReportFacts.KeyFigureRule rule, String findingReference, int position, int offset, Matcher m) {
        }
        List<Hit> hits = new ArrayList<>();
        for (ReportFacts.KeyFigureRule rule : facts.keyFigureRules()) {
            List<Hit> ruleHits = new ArrayList<>();
            for (Finding f : findings) {
                if (rule.organisationCode().equals(f.organisationCode())) {
                    String text = spaces(f.body());
                    Matcher m = rule.pattern().matcher(text);
                    while (m.find()) {
                        ruleHits.add(new Hit(rule, f.reference(), f.position(), m.start(), copy(rule, text, m.start())));
                    }
                }
            }
            for (Passage p : passages) {
                if (rule.organisationCode().equals(p.organisationCode())) {
                    String text = spaces(p.body());
                    Matcher m = rule.pattern().matcher(text);
                    while (m.find()) {
                        ruleHits.add(new Hit(rule, null, p.position(), m.start(), copy(rule, text, m.start())));
                    }
                }
            }
            if (ruleHits.size() != 1) {
                throw new IllegalArgumentException("Key figure \"" + rule.label() + "\" for " + rule.organisationCode()
                        + " matched " + ruleHits.size() + " times (expected once): " + rule.pattern());
            }
            hits.addAll(ruleHits);
        }
        hits.sort(Comparator.comparingInt(Hit::position).thenComparingInt(Hit::offset));
        List<KeyFigure> figures = new ArrayList<>();
        for (Hit hit : hits) {
            String period = hit.rule().period();
            if (hasGroup(hit.rule().pattern(), "period")) {
                period = hit.m().group("period");
            }
            figures.add(new KeyFigure(hit.rule().organisationCode(), hit.findingReference(), hit.rule().label(),
                    number(hit.m().group("value")), hit.rule().unit(), period, figures.size() + 1));
        }
        return figures;
    }

    /** The report text uses no-break spaces (U+00A0) between some words; rules are written with plain spaces. */
    private static String spaces(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static Matcher copy(ReportFacts.KeyFigureRule rule, String text, int start) {
        Matcher m = rule.pattern().matcher(text);
        if (!m.find(start)) {
            throw new IllegalStateException();
        }
        return m;
    }

    private static boolean hasGroup(Pattern pattern, String name) {
        return pattern.pattern().contains("(?<" + name + ">");
    }

    static BigDecimal number(String text) {
        String digits = text.replace(",", "");
        if (digits.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(digits);
        }
        Integer n = NUMBER_WORDS.get(text.toLowerCase(Locale.ROOT));
        if (n == null) {
            throw new IllegalArgumentException("Not a number: " + text);
        }
        return BigDecimal.valueOf(n);
    }

    private static Map<String, Integer> numberWords() {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty"};
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i);
        }
        return Map.copyOf(map);
    }
}
