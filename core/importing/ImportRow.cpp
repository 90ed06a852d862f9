#include "importing/ImportRow.h"

#include "importing/SubjectFields.h"

QList<ImportField> ImportRow::fieldsTakenFromFile() const
{
    switch (choice) {
    case DuplicateChoice::TakeFile: {
        QList<ImportField> fields;
        for (ImportField field : SubjectFields::identity()) {
            if (!SubjectFields::isEmpty(subject, field))
                fields << field;
        }
        return fields;
    }
    case DuplicateChoice::Merge: return fieldsFromFile;
    default: return {};
    }
}
