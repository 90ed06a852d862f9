#pragma once

#include "Command.h"

// tuntas-cli zscore INPUT.csv [-o OUTPUT.csv]: WHO z-scores for a file of children.
class ZscoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ZscoreCommand)
public:
    QString name() const override { return QStringLiteral("zscore"); }
    QString description() const override { return tr("Compute WHO z-scores for a CSV file of children, like WHO's anthro_zscores."); }

protected:
    void configure(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};
