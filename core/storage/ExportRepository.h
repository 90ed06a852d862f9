#pragma once

#include "Result.h"
#include "exporting/ExportContent.h"
#include "exporting/ExportTable.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

// The tables a user can export, with typed values and codes turned into the names users know.
// Subjects and measurements carry identities; cases never carry a name, NIK, birth date or
// address, only case codes and places down to the desa.
class ExportRepository {
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
public:
    explicit ExportRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<ExportTable> table(ExportContent content, std::optional<qint64> cycleId = std::nullopt) const;
    Result<ExportTable> subjects() const;
    Result<ExportTable> measurements() const;
    // All cycles' cases, or one cycle's.
    Result<ExportTable> cases(std::optional<qint64> cycleId = std::nullopt) const;

private:
    enum class Kind { Text, Number, Date, YesNo, Group, Sex, Position, Source, Outcome, Reasons };
    struct Column {
        const char *expression;  // SQL, from code only
        QString header;
        Kind kind;
    };

    Result<ExportTable> query(ExportContent content, const QList<Column> &columns, const QString &from, std::optional<qint64> cycleId) const;
    static QVariant exported(const QVariant &stored, Kind kind);

    Workspace &m_workspace;
};
