-- Uploaded files waiting for the user's confirmation: nothing of them reaches projects or logs before that.
CREATE TABLE import_staging (
    token VARCHAR(36) PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    created_by BIGINT NOT NULL REFERENCES person (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content BYTEA NOT NULL
);
