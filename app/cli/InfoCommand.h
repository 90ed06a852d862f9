#pragma once

#include "WorkspaceCommand.h"

#include <QDate>
#include <QJsonObject>

// tuntas-cli info WORKSPACE [--json] [--today DATE]: what the workspace holds and where each cycle stands.
class InfoCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString description() const override { return tr("Show counts and each cycle's stages (--json for scripts)."); }

protected:
    void configure(QCommandLineParser &parser) override;
    using WorkspaceCommand::run;
    int run(Workspace &workspace, const QCommandLineParser &parser) override;
    bool readsOnly() const override { return true; }

private:
    Result<QJsonObject> collect(Workspace &workspace, const QDate &today) const;
    void printText(const QJsonObject &info) const;
};
