-- chronik store, schema version 1: articles, their annotations, and the events coded from them.
CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    doc          VARCHAR NOT NULL,
    title        VARCHAR,
    published    VARCHAR,
    precision    VARCHAR,
    date_origin  VARCHAR,
    source       VARCHAR,
    url          VARCHAR,
    language     VARCHAR,
    body_start   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    metadata     JSON,
    ingested_at  TIMESTAMP DEFAULT current_timestamp
);

-- Every span a stage put on the Doc: entities, time expressions, actors, places.
CREATE TABLE mentions (
    article  VARCHAR NOT NULL REFERENCES articles (id),
    kind     VARCHAR NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    label    VARCHAR,
    value    JSON
);

CREATE TABLE events (
    article      VARCHAR NOT NULL REFERENCES articles (id),
    seq          INTEGER NOT NULL,
    doc          VARCHAR NOT NULL,
    sentence     VARCHAR NOT NULL,
    ev_start     INTEGER NOT NULL,
    ev_end       INTEGER NOT NULL,
    source       VARCHAR,
    target       VARCHAR,
    source_text  VARCHAR,
    target_text  VARCHAR,
    code         VARCHAR NOT NULL,
    plover       VARCHAR,
    mode         VARCHAR NOT NULL,
    date         VARCHAR,
    date_text    VARCHAR,
    date_from    VARCHAR,
    location     JSON,
    confidence   DOUBLE,
    trigger      VARCHAR,
    pattern      VARCHAR,
    PRIMARY KEY (article, seq)
);

CREATE INDEX events_code ON events (code);
CREATE INDEX mentions_article ON mentions (article);
