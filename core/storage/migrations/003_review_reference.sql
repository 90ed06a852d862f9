-- Reference data for stages 3 and 4, and what the expert review and meetings keep beyond version 2.
-- Reference rows are data, not code: a new edition of the national guidance adds rows.
-- label is Indonesian (the guidance's own words); label_en is shown when the interface is English.

-- The items of the audit worksheet (KKA) of one target group, in one edition of the guidance.
CREATE TABLE worksheet_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    target_group TEXT NOT NULL,
    edition TEXT NOT NULL,
    section TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    usual_source TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (target_group, edition, code)
);
CREATE INDEX worksheet_item_group ON worksheet_item(target_group, edition, position);

-- One answered item of a case's worksheet.
CREATE TABLE worksheet_answer (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    review_id INTEGER NOT NULL REFERENCES expert_review(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES worksheet_item(id) ON DELETE RESTRICT,
    answer TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (review_id, item_id)
);

-- The worksheet's header beyond what the case and its subject already say.
ALTER TABLE expert_review ADD COLUMN worksheet_edition TEXT NOT NULL DEFAULT '';
ALTER TABLE expert_review ADD COLUMN puskesmas_id INTEGER REFERENCES puskesmas(id) ON DELETE SET NULL;

-- The taxonomy of causes a review ticks (review_cause.cause is a code from here). A retired
-- cause stays for the reviews that used it but is no longer offered.
CREATE TABLE cause_category (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT '',
    is_direct INTEGER NOT NULL,
    position INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

INSERT INTO cause_category (uuid, code, label, label_en, is_direct, position, created_at, updated_at)
SELECT lower(hex(randomblob(16))), code, label, label_en, is_direct, position,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (
    SELECT 'intake' AS code, 'Asupan gizi kurang' AS label, 'Inadequate dietary intake' AS label_en, 1 AS is_direct, 1 AS position
    UNION ALL SELECT 'infection', 'Penyakit infeksi (diare, ISPA, TBC, kecacingan)', 'Infectious disease (diarrhoea, respiratory infection, TB, worms)', 1, 2
    UNION ALL SELECT 'underlying_disease', 'Penyakit penyerta atau kelainan bawaan', 'Underlying disease or congenital condition', 1, 3
    UNION ALL SELECT 'maternal_condition', 'Kondisi ibu (anemia, KEK, hipertensi dalam kehamilan)', 'Mother''s condition (anaemia, chronic energy deficiency, hypertension in pregnancy)', 1, 4
    UNION ALL SELECT 'parenting', 'Pola asuh dan praktik pemberian makan (ASI, MP-ASI)', 'Parenting and feeding practice (breastfeeding, complementary feeding)', 0, 10
    UNION ALL SELECT 'health_services', 'Akses dan mutu layanan kesehatan', 'Access to and quality of health services', 0, 11
    UNION ALL SELECT 'water_sanitation', 'Air minum dan sanitasi', 'Drinking water and sanitation', 0, 12
    UNION ALL SELECT 'food_security', 'Ketahanan pangan keluarga', 'Household food security', 0, 13
    UNION ALL SELECT 'economy', 'Ekonomi keluarga', 'Household economy', 0, 14
    UNION ALL SELECT 'education', 'Pendidikan dan pengetahuan keluarga', 'Education and knowledge of the family', 0, 15
    UNION ALL SELECT 'housing', 'Perumahan dan lingkungan', 'Housing and surroundings', 0, 16
    UNION ALL SELECT 'four_too', 'Kehamilan 4 Terlalu (terlalu muda, tua, dekat, banyak)', 'Pregnancy "4 too" (too young, too old, too close, too many)', 0, 17
    UNION ALL SELECT 'smoking', 'Paparan asap rokok', 'Exposure to tobacco smoke', 0, 18
);

-- The agencies invited to a meeting as a whole (the people invited are in attendance).
CREATE TABLE meeting_agency (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, agency_id)
);
