#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

class Workspace;

// Tables for export, as rows of values under a header: subjects, measurements, audit cases.
struct ExportTable {
    QStringList header;
    QList<QVariantList> rows;
};

class ExportRepository {
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
public:
    explicit ExportRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<ExportTable> subjects() const;
    Result<ExportTable> measurements() const;
    Result<ExportTable> cases() const;

private:
    Result<ExportTable> table(const QString &sql, const QStringList &header) const;
    Workspace &m_workspace;
};
