#pragma once

#include "domain/Subject.h"
#include "importing/ImportField.h"

#include <QList>

// A subject's identity fields one by one, for merging two records of the same person field by
// field and for remembering where each stored value came from.
class SubjectFields {
public:
    static const QList<ImportField> &identity();
    // The subject's column, as FieldSource names it ("birth_date").
    static QString column(ImportField field);
    static bool isEmpty(const Subject &subject, ImportField field);
    static bool same(const Subject &a, const Subject &b, ImportField field);
    static void copy(const Subject &from, Subject &to, ImportField field);
    // The value as text (ISO date, L/P, the desa's or posyandu's id); the screens name places.
    static QString text(const Subject &subject, ImportField field);
};
