#pragma once

#include "WorkspaceCommand.h"

// tuntas-cli import WORKSPACE --group GROUP FILE: subjects and measurements from a CSV export.
class ImportCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override { return tr("Import subjects and measurements from a CSV export (e-PPGBM, Elsimil, PK)."); }

protected:
    void configure(QCommandLineParser &parser) override;
    int requiredPositionals() const override { return 2; }
    using WorkspaceCommand::run;
    int run(Workspace &workspace, const QCommandLineParser &parser) override;
};
