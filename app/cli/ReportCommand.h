#pragma once

#include "WorkspaceCommand.h"
#include "documents/DocumentRequest.h"

// tuntas-cli report WORKSPACE KIND [--cycle YEAR-N] [--meeting ID] [--case CODE] [--group GROUP]
//                   [--internal] [--date DATE] -o FILE.pdf
class ReportCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString description() const override { return tr("Print a document (handout, RTL matrix, attendance sheet ...) to a PDF file."); }

protected:
    void configure(QCommandLineParser &parser) override;
    int requiredPositionals() const override { return 2; }
    using WorkspaceCommand::run;
    int run(Workspace &workspace, const QCommandLineParser &parser) override;

private:
    // Fills in the request from the options, or says what is missing and what there is to choose.
    Result<DocumentRequest> request(Workspace &workspace, const QCommandLineParser &parser) const;
    Result<qint64> cycle(Workspace &workspace, const QCommandLineParser &parser) const;
    Result<qint64> meeting(Workspace &workspace, const QCommandLineParser &parser, qint64 cycleId) const;
};
