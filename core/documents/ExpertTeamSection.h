#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>

class DocumentComposer;
class Workspace;

// The experts (Tim Pakar) of a cycle, for chapter III of the cycle report: name with titles,
// speciality, position and agency, rank and NIP, and how many of the cycle's cases each signed.
class ExpertTeamSection {
    Q_DECLARE_TR_FUNCTIONS(ExpertTeamSection)
public:
    static Result<ExpertTeamSection> load(Workspace &workspace, qint64 cycleId);

    int expertCount() const { return int(m_experts.size()); }
    void write(DocumentComposer &composer) const;

private:
    struct Expert {
        QString name;
        QString speciality;
        QString position;  // position, agency
        QString rankAndNip;
        int reviewed = 0;
    };
    QList<Expert> m_experts;  // in the team's order
};
