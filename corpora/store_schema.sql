-- The embedded store (DuckDB). One row per document, section, provision and mention,
-- with the normalised fields of each mention as typed columns, so that analysts can
-- filter and compare with plain SQL.  doc_key identifies a document across ingests: its
-- resolved path (absolute, symlinks followed, so `regs`, `./regs/` and `$PWD/regs` name one
-- document), or the doc_id of a JSONL record whose source is not a file here;
-- content_hash (sha256 of the document text) decides whether a re-ingest changes anything.
-- Schema version: 2 (stored in meta.schema_version).  Version 1 keyed documents by the
-- path as typed and had no errors.content_hash.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    doc_key      VARCHAR PRIMARY KEY,  -- resolved path (or the record's doc_id)
    doc_id       VARCHAR NOT NULL,     -- file stem
    content_hash VARCHAR NOT NULL,     -- sha256 hex of the document text
    source       VARCHAR,
    encoding     VARCHAR,
    format       VARCHAR,
    title        VARCHAR,
    issuers      VARCHAR[],
    doc_no       VARCHAR,
    date         VARCHAR,              -- ISO YYYY-MM-DD, YYYY-MM or YYYY as read
    date_source  VARCHAR,
    province     VARCHAR,
    city         VARCHAR,
    county       VARCHAR,
    region_code  VARCHAR,
    region       VARCHAR,              -- full name, e.g. 河北省承德市兴隆县 ('' when unknown)
    n_chars      INTEGER,
    text         VARCHAR,              -- the document text the offsets refer to
    ingested_at  TIMESTAMP
);

CREATE TABLE IF NOT EXISTS sections (
    doc_key     VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    level       INTEGER,
    style       VARCHAR,
    marker      VARCHAR,
    title       VARCHAR,
    start_pos   INTEGER,
    end_pos     INTEGER,
    parent      INTEGER,
    PRIMARY KEY (doc_key, idx)
);

CREATE TABLE IF NOT EXISTS provisions (
    doc_key       VARCHAR NOT NULL,
    provision_id  VARCHAR NOT NULL,     -- <doc_id>#p<n>
    seq           INTEGER,              -- n, order in the document
    section_path  VARCHAR[],
    start_pos     INTEGER,
    end_pos       INTEGER,
    text          VARCHAR,
    lead          VARCHAR[],
    cooperate     VARCHAR[],
    bodies        VARCHAR[],
    principles    VARCHAR[],            -- all principle parts of the provision
    roles         JSON,                 -- the full roles object of the extract record
    PRIMARY KEY (doc_key, provision_id)
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_key       VARCHAR NOT NULL,
    mention_idx   INTEGER NOT NULL,     -- order in the record's entities
    provision_id  VARCHAR,              -- the provision that contains it, if any
    label         VARCHAR NOT NULL,
    start_pos     INTEGER NOT NULL,
    end_pos       INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    source        VARCHAR,              -- rule or model that produced it
    normalized    JSON,
    -- typed normalised fields (NULL where the label has none)
    min_value     INTEGER,              -- STAFFING / ITEM_COUNT
    max_value     INTEGER,
    value         INTEGER,              -- ITEM_COUNT
    unit          VARCHAR,
    approx        BOOLEAN,
    date          DATE,                 -- DEADLINE
    precision     VARCHAR,
    relation      VARCHAR,
    recurring     BOOLEAN,
    parts         VARCHAR[],            -- PRINCIPLE
    issuer_code   VARCHAR,              -- DOC_NO
    year          INTEGER,
    number        INTEGER,
    PRIMARY KEY (doc_key, mention_idx)
);

-- Staffing numbers with the body and kind of post they belong to (from provision roles).
CREATE TABLE IF NOT EXISTS staffing (
    doc_key       VARCHAR NOT NULL,
    provision_id  VARCHAR NOT NULL,
    body          VARCHAR,
    kind          VARCHAR,
    min_value     INTEGER,
    max_value     INTEGER,
    unit          VARCHAR,
    approx        BOOLEAN,
    text          VARCHAR,
    start_pos     INTEGER,
    end_pos       INTEGER
);

-- Deadlines with the task they belong to (from provision roles).
CREATE TABLE IF NOT EXISTS deadlines (
    doc_key       VARCHAR NOT NULL,
    provision_id  VARCHAR NOT NULL,
    task          VARCHAR,
    date          DATE,
    precision     VARCHAR,
    relation      VARCHAR,
    recurring     BOOLEAN,
    text          VARCHAR,
    start_pos     INTEGER,
    end_pos       INTEGER
);

-- Documents that could not be read or analysed (the batch keeps going).
CREATE TABLE IF NOT EXISTS errors (
    doc_key      VARCHAR PRIMARY KEY,
    source       VARCHAR,
    kind         VARCHAR,
    message      VARCHAR,
    content_hash VARCHAR,              -- hash of the text that failed (NULL when unreadable):
                                       -- the same text is not retried without --retry-failed
    ingested_at  TIMESTAMP
);
