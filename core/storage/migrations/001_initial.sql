-- Tuntas workspace schema, version 1.
-- Every table has an integer key, a UUID that stays the same when rows move between laptops,
-- and created/updated timestamps (ISO 8601, UTC). Dates are ISO yyyy-MM-dd text.
-- Codes (target group, role, status ...) are the codes of core/domain's enums.

CREATE TABLE workspace_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL UNIQUE,
    province TEXT NOT NULL DEFAULT '',
    regency TEXT NOT NULL DEFAULT '',
    regency_code TEXT NOT NULL DEFAULT '',
    government_name TEXT NOT NULL DEFAULT '',
    office_name TEXT NOT NULL DEFAULT '',
    letterhead_lines TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    signing_place TEXT NOT NULL DEFAULT '',
    logo BLOB,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Editable values such as thresholds and quotas; absent keys take the program's defaults.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE kecamatan (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE puskesmas (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kecamatan_id INTEGER NOT NULL REFERENCES kecamatan(id) ON DELETE RESTRICT,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX puskesmas_kecamatan ON puskesmas(kecamatan_id);

CREATE TABLE desa (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kecamatan_id INTEGER NOT NULL REFERENCES kecamatan(id) ON DELETE RESTRICT,
    puskesmas_id INTEGER REFERENCES puskesmas(id) ON DELETE SET NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_kelurahan INTEGER NOT NULL DEFAULT 0,
    is_focus_area INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX desa_kecamatan ON desa(kecamatan_id);

CREATE TABLE posyandu (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX posyandu_desa ON posyandu(desa_id);

CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    front_title TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    back_title TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '',
    rank_grade TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
    speciality TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE cycle (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    number INTEGER NOT NULL CHECK (number IN (1, 2)),
    period_start TEXT,
    period_end TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (year, number)
);

CREATE TABLE decree (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL UNIQUE REFERENCES cycle(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    decree_date TEXT,
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE team_member (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    role TEXT NOT NULL,
    kecamatan_id INTEGER REFERENCES kecamatan(id) ON DELETE SET NULL,
    desa_id INTEGER REFERENCES desa(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (cycle_id, person_id, role)
);
CREATE INDEX team_member_cycle ON team_member(cycle_id);

CREATE TABLE subject (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    target_group TEXT NOT NULL,
    name TEXT NOT NULL,
    nik TEXT NOT NULL DEFAULT '',
    kk_number TEXT NOT NULL DEFAULT '',
    sex TEXT,
    birth_date TEXT,
    desa_id INTEGER REFERENCES desa(id) ON DELETE RESTRICT,
    posyandu_id INTEGER REFERENCES posyandu(id) ON DELETE SET NULL,
    dusun TEXT NOT NULL DEFAULT '',
    rw TEXT NOT NULL DEFAULT '',
    rt TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    mother_name TEXT NOT NULL DEFAULT '',
    father_name TEXT NOT NULL DEFAULT '',
    spouse_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    birth_weight_g INTEGER,
    birth_length_cm REAL,
    marriage_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX subject_group ON subject(target_group);
CREATE INDEX subject_nik ON subject(nik);
CREATE INDEX subject_desa ON subject(desa_id);

-- Where each stored value of a subject came from, and whether someone verified it.
CREATE TABLE subject_field_source (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    source TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (subject_id, field)
);

CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    weight_kg REAL,
    length_height_cm REAL,
    measure_position TEXT CHECK (measure_position IN ('L', 'H')),
    muac_cm REAL,
    head_circumference_cm REAL,
    hb_gdl REAL,
    oedema INTEGER NOT NULL DEFAULT 0,
    gestational_age_weeks REAL,
    source TEXT NOT NULL DEFAULT 'manual',
    verified INTEGER NOT NULL DEFAULT 0,
    -- Computed by the growth engine when the measurement is stored or changed.
    z_length_age REAL,
    z_weight_age REAL,
    z_weight_length REAL,
    z_bmi_age REAL,
    z_head_age REAL,
    z_muac_age REAL,
    z_flags TEXT NOT NULL DEFAULT '',
    z_standard TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX measurement_subject ON measurement(subject_id, measured_on);

CREATE TABLE risk_answer (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    factor TEXT NOT NULL,
    value TEXT NOT NULL,
    observed_on TEXT,
    source TEXT NOT NULL DEFAULT 'manual',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (subject_id, factor)
);

CREATE TABLE audit_case (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE RESTRICT,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE RESTRICT,
    audit_number INTEGER NOT NULL CHECK (audit_number > 0),
    case_code TEXT NOT NULL UNIQUE,
    selection_reasons TEXT NOT NULL DEFAULT '',
    selection_note TEXT NOT NULL DEFAULT '',
    selected_on TEXT,
    outcome_proposed TEXT,
    outcome TEXT,
    outcome_confirmed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (cycle_id, subject_id),
    UNIQUE (cycle_id, audit_number)
);

CREATE TABLE expert_review (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL UNIQUE REFERENCES audit_case(id) ON DELETE RESTRICT,
    audit_date TEXT,
    technical_view TEXT NOT NULL DEFAULT '',
    expert_conclusion TEXT NOT NULL DEFAULT '',
    suspected_disease TEXT NOT NULL DEFAULT '',
    referral_to TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE review_expert (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    review_id INTEGER NOT NULL REFERENCES expert_review(id) ON DELETE CASCADE,
    team_member_id INTEGER NOT NULL REFERENCES team_member(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (review_id, team_member_id)
);

CREATE TABLE review_cause (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    review_id INTEGER NOT NULL REFERENCES expert_review(id) ON DELETE CASCADE,
    cause TEXT NOT NULL,
    is_direct INTEGER NOT NULL,
    by_experts INTEGER NOT NULL DEFAULT 1,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE recommendation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    review_id INTEGER NOT NULL REFERENCES expert_review(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE RESTRICT,
    case_id INTEGER REFERENCES audit_case(id) ON DELETE RESTRICT,
    recommendation_id INTEGER REFERENCES recommendation(id) ON DELETE SET NULL,
    carried_from_id INTEGER REFERENCES action_item(id) ON DELETE SET NULL,
    problem TEXT NOT NULL DEFAULT '',
    recommendation_text TEXT NOT NULL DEFAULT '',
    intervention_type TEXT NOT NULL,
    timing TEXT NOT NULL,
    activity TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,
    partners TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    due_date TEXT,
    budget_source TEXT NOT NULL DEFAULT '',
    success_indicator TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    approved_on TEXT,
    approved_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
CREATE INDEX action_item_cycle ON action_item(cycle_id);

CREATE TABLE item_evaluation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    action_item_id INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    evaluated_on TEXT NOT NULL,
    what_was_done TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    obstacle TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    final_status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Invited and attending people of a meeting; a walk-in has attended = 1 and invited = 0.
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
    position TEXT NOT NULL DEFAULT '',
    invited INTEGER NOT NULL DEFAULT 1,
    attended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE agency_commitment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    action_item_id INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    commitment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, action_item_id)
);

CREATE TABLE monitoring_visit (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES audit_case(id) ON DELETE RESTRICT,
    month_index INTEGER NOT NULL CHECK (month_index BETWEEN 1 AND 3),
    visit_date TEXT NOT NULL,
    measurement_id INTEGER REFERENCES measurement(id) ON DELETE SET NULL,
    visitor_member_id INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (case_id, month_index)
);
