#pragma once

#include "Command.h"

// tuntas-cli demo WORKSPACE: creates the demonstration workspace.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override { return tr("Create the demonstration workspace (an invented district)."); }

protected:
    void configure(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};
