package uk.gov.hmicfrs.findings.reporttext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.gov.hmicfrs.findings.reporttext.ParsedReport.OrganisationType;

/**
 * Facts about police bodies that a report does not spell out: official force names, codes, slugs, and
 * which region each ROCU serves. Keyed by the name as HMICFRS reports list it (Appendix 1).
 */
final class OrganisationDirectory {

    /** A force as Appendix 1 lists it (e.g. "Avon &amp; Somerset"). */
    record ForceFacts(String listedName, String officialName, String code, OrganisationType type) {
        String slug() {
            return slugify(officialName);
        }
    }

    /** A ROCU as Appendix 1 lists it, with the name the report uses for it elsewhere. */
    record RocuFacts(String listedName, String name, String shortName, String code, String slug,
                     String regionSlug, String regionName) {
    }

    private static final Map<String, ForceFacts> FORCES = new LinkedHashMap<>();
    private static final Map<String, RocuFacts> ROCUS = new LinkedHashMap<>();

    private static void force(String listed, String official, String code) {
        FORCES.put(listed, new ForceFacts(listed, official, code, OrganisationType.TERRITORIAL_FORCE));
    }

    private static void otherForce(String listed, String official, String code) {
        FORCES.put(listed, new ForceFacts(listed, official, code, OrganisationType.OTHER_FORCE));
    }

    private static void rocu(String listed, String name, String shortName, String code, String slug,
                             String regionSlug, String regionName) {
        ROCUS.put(listed, new RocuFacts(listed, name, shortName, code, slug, regionSlug, regionName));
    }

    static {
        // listed name             official name                               code
        force("Cleveland",          "Cleveland Police",                         "CLEV");
        force("Durham",             "Durham Constabulary",                      "DURH");
        force("Northumbria",        "Northumbria Police",                       "NUMB");
        force("Humberside",         "Humberside Police",                        "HUMB");
        force("North Yorkshire",    "North Yorkshire Police",                   "NYORKS");
        force("South Yorkshire",    "South Yorkshire Police",                   "SYORKS");
        force("West Yorkshire",     "West Yorkshire Police",                    "WYORKS");
        force("Cheshire",           "Cheshire Constabulary",                    "CHES");
        force("Cumbria",            "Cumbria Constabulary",                     "CUMB");
        force("Greater Manchester", "Greater Manchester Police",                "GMP");
        force("Lancashire",         "Lancashire Constabulary",                  "LANCS");
        force("Merseyside",         "Merseyside Police",                        "MERS");
        force("North Wales",        "North Wales Police",                       "NWALES");
        force("Dyfed-Powys",        "Dyfed-Powys Police",                       "DYFP");
        force("Gwent",              "Gwent Police",                             "GWENT");
        force("South Wales",        "South Wales Police",                       "SWALES");
        force("Staffordshire",      "Staffordshire Police",                     "STAFFS");
        force("Warwickshire",       "Warwickshire Police",                      "WARKS");
        force("West Mercia",        "West Mercia Police",                       "WMERC");
        force("West Midlands",      "West Midlands Police",                     "WMP");
        force("Derbyshire",         "Derbyshire Constabulary",                  "DERBYS");
        force("Leicestershire",     "Leicestershire Police",                    "LEICS");
        force("Lincolnshire",       "Lincolnshire Police",                      "LINCS");
        force("Northamptonshire",   "Northamptonshire Police",                  "NHANTS");
        force("Nottinghamshire",    "Nottinghamshire Police",                   "NOTTS");
        force("Bedfordshire",       "Bedfordshire Police",                      "BEDS");
        force("Cambridgeshire",     "Cambridgeshire Constabulary",              "CAMBS");
        force("Essex",              "Essex Police",                             "ESSEX");
        force("Hertfordshire",      "Hertfordshire Constabulary",               "HERTS");
        force("Kent",               "Kent Police",                              "KENT");
        force("Norfolk",            "Norfolk Constabulary",                     "NORF");
        force("Suffolk",            "Suffolk Constabulary",                     "SUFF");
        force("Avon & Somerset",    "Avon and Somerset Police",                 "AVSOM");
        force("Devon & Cornwall",   "Devon and Cornwall Police",                "DEVCORN");
        force("Dorset",             "Dorset Police",                            "DORSET");
        force("Gloucestershire",    "Gloucestershire Constabulary",             "GLOS");
        force("Wiltshire",          "Wiltshire Police",                         "WILTS");
        force("Metropolitan Police Service", "Metropolitan Police Service",     "MPS");
        force("City of London Police",       "City of London Police",           "COLP");
        otherForce("British Transport Police", "British Transport Police",      "BTP");
        force("Hampshire",          "Hampshire and Isle of Wight Constabulary", "HIOW");
        force("Surrey",             "Surrey Police",                            "SURREY");
        force("Sussex",             "Sussex Police",                            "SUSSEX");
        force("Thames Valley",      "Thames Valley Police",                     "TVP");

        // listed name (Appendix 1)                           name used in reports                                   short     code      slug      region slug                 region name
        rocu("North East Regional Organised Crime Unit",      "North East Regional Organised Crime Unit",            "ROCUNE", "ROCUNE", "rocune", "north-east",               "North East");
        rocu("Yorkshire & the Humber Regional Organised Crime Unit", "Yorkshire & the Humber Regional Organised Crime Unit", "YHROCU", "YHROCU", "yhrocu", "yorkshire-and-the-humber", "Yorkshire and the Humber");
        rocu("North West Regional Organised Crime Unit",      "North West Regional Organised Crime Unit",            "NWROCU", "NWROCU", "nwrocu", "north-west",               "North West");
        rocu("Tarian",                                        "Tarian",                                              "Tarian", "TARIAN", "tarian", "southern-wales",           "Southern Wales");
        rocu("Regional Organised Crime Unit for the West Midlands Region", "Regional Organised Crime Unit for the West Midlands", "ROCUWM", "ROCUWM", "rocuwm", "west-midlands", "West Midlands");
        rocu("East Midlands Special Operations Unit",         "East Midlands Special Operations Unit",               "EMSOU",  "EMSOU",  "emsou",  "east-midlands",            "East Midlands");
        rocu("Eastern Region Special Operations Unit",        "Eastern Region Special Operations Unit",              "ERSOU",  "ERSOU",  "ersou",  "eastern",                  "Eastern");
        rocu("South West Regional Organised Crime Unit",      "South West Regional Organised Crime Unit",            "SWROCU", "SWROCU", "swrocu", "south-west",               "South West");
        rocu("South East Regional Organised Crime Unit",      "South East Regional Organised Crime Unit",            "SEROCU", "SEROCU", "serocu", "south-east",               "South East");
    }

    private OrganisationDirectory() {
    }

    static ForceFacts force(String listedName) {
        ForceFacts facts = FORCES.get(listedName);
        if (facts == null) {
            throw new IllegalArgumentException("Unknown force \"" + listedName + "\": add it to OrganisationDirectory");
        }
        return facts;
    }

    static RocuFacts rocu(String listedName) {
        RocuFacts facts = ROCUS.get(listedName);
        if (facts == null) {
            throw new IllegalArgumentException("Unknown ROCU \"" + listedName + "\": add it to OrganisationDirectory");
        }
        return facts;
    }

    static Optional<RocuFacts> rocuOrEmpty(String listedName) {
        return Optional.ofNullable(ROCUS.get(listedName));
    }

    /** "Hampshire and Isle of Wight Constabulary" -> "hampshire-and-isle-of-wight-constabulary". */
    static String slugify(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("’", "")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
