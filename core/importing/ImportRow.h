#pragma once

#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "importing/DuplicateChoice.h"
#include "importing/ImportField.h"

#include <QList>

#include <QStringList>
#include <optional>

// One data line of an import as it will be stored, with what is wrong with it.
struct ImportRow {
    int line = 0;
    Subject subject;
    std::optional<Measurement> measurement;
    QStringList problems;  // any problem rejects the row
    QStringList warnings;  // stored anyway (e.g. a WHO flag, a NIK that disagrees)
    qint64 existingSubjectId = 0;  // the same person already in the workspace: the measurement joins it
    int sameAsLine = 0;            // the same person earlier in the file: the measurement joins that one
    QStringList cells;             // as read, to write the row back out for correction

    // For a duplicate: what the user chose, and for Merge which identity fields the file gives.
    DuplicateChoice choice = DuplicateChoice::KeepExisting;
    QList<ImportField> fieldsFromFile;

    bool isDuplicate() const { return existingSubjectId || sameAsLine; }
    // The identity fields whose value the file gives to the person already known: none for
    // KeepExisting (and KeepBoth, which stores a new person), all it has for TakeFile.
    QList<ImportField> fieldsTakenFromFile() const;
    bool isRejected() const { return !problems.isEmpty(); }
};
