#pragma once

#include "domain/DataSource.h"
#include "domain/Entity.h"

// Where one field of a subject came from, and whether it was verified.
struct FieldSource : Entity {
    qint64 subjectId = 0;
    QString field;  // the Subject member's column name, e.g. "birth_date"
    DataSource source = DataSource::Manual;
    bool verified = false;
};
