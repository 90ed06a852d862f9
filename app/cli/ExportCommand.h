#pragma once

#include "WorkspaceCommand.h"

// tuntas-cli export WORKSPACE subjects|measurements|cases -o FILE.csv|FILE.xlsx [--cycle YEAR-N]
class ExportCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override { return tr("Export subjects, measurements or cases to a CSV file or an Excel workbook."); }

protected:
    void configure(QCommandLineParser &parser) override;
    int requiredPositionals() const override { return 2; }
    using WorkspaceCommand::run;
    int run(Workspace &workspace, const QCommandLineParser &parser) override;
};
