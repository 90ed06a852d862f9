-- What the printable documents keep (version 4): the cycle report's editable narrative, and a
-- record of every internal copy (with identities) that was printed or saved.

-- One editable narrative part of a cycle's report (Laporan AKS), e.g. 'introduction', 'closing'.
CREATE TABLE report_text (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (cycle_id, part)
);

-- Who printed or saved an internal copy of which document, when, and where it went.
CREATE TABLE print_record (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_kind TEXT NOT NULL,
    cycle_id INTEGER REFERENCES cycle(id) ON DELETE SET NULL,
    case_code TEXT NOT NULL DEFAULT '',
    printed_by TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    destination TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX print_record_cycle ON print_record(cycle_id);
