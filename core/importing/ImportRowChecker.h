#pragma once

#include "domain/DataSource.h"
#include "domain/TargetGroup.h"
#include "importing/ColumnMapping.h"
#include "importing/ImportLookup.h"
#include "importing/ImportRow.h"
#include "importing/ImportTable.h"

#include <QCoreApplication>
#include <QDate>

// Reads one data line into the subject and measurement it would store, and says what is wrong
// with it: unreadable dates and numbers, impossible values, missing required fields, a desa
// that is not the district's. WHO flags and NIK disagreements are warnings.
class ImportRowChecker {
    Q_DECLARE_TR_FUNCTIONS(ImportRowChecker)
public:
    ImportRowChecker(const ImportLookup &lookup, const ColumnMapping &mapping, TargetGroup group, DataSource source)
        : m_lookup(lookup), m_mapping(mapping), m_group(group), m_source(source) {}

    ImportRow check(const ImportTable::Row &line) const;

private:
    void readSubject(ImportRow &row) const;
    void readMeasurement(ImportRow &row) const;
    QString cell(const ImportRow &row, ImportField field) const;

    const ImportLookup &m_lookup;
    const ColumnMapping &m_mapping;
    TargetGroup m_group;
    DataSource m_source;
    QDate m_today = QDate::currentDate();  // once: asking the clock on every line is slow
};
