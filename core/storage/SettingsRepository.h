#pragma once

#include "Result.h"
#include "domain/WorkspaceSettings.h"

#include <QMap>

class Workspace;

// The district's settings (one row) and the editable key/value settings such as thresholds.
class SettingsRepository {
public:
    explicit SettingsRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The settings row; a default, unsaved one when the workspace has none yet.
    Result<WorkspaceSettings> load() const;
    Status save(WorkspaceSettings &settings);

    QString value(const QString &key, const QString &defaultValue = {}) const;
    Status setValue(const QString &key, const QString &value);
    // Every stored key starting with prefix, e.g. "risk." for the risk thresholds.
    QMap<QString, QString> values(const QString &prefix) const;

private:
    Workspace &m_workspace;
};
