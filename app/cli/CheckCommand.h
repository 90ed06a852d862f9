#pragma once

#include "WorkspaceCommand.h"

// tuntas-cli check WORKSPACE: integrity, foreign keys and schema level.
class CheckCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override { return tr("Check a workspace's integrity, foreign keys and format version."); }

protected:
    using WorkspaceCommand::run;
    int run(Workspace &workspace, const QCommandLineParser &parser) override;
};
