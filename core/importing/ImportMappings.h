#pragma once

#include "Result.h"
#include "importing/ColumnMapping.h"

#include <QStringList>
#include <optional>

class Workspace;

// Column mappings remembered in the workspace under a name, by default the source's code
// ("eppgbm"), so that next month's export of the same system needs no choosing again.
class ImportMappings {
public:
    explicit ImportMappings(Workspace &workspace) : m_workspace(workspace) {}

    QStringList names() const;
    // The mapping of that name applied to this file's header; none when nothing is remembered.
    std::optional<ColumnMapping> find(const QString &name, const QStringList &header) const;
    Status remember(const QString &name, const ColumnMapping &mapping, const QStringList &header);

private:
    Workspace &m_workspace;
};
