#pragma once

#include "domain/Entity.h"
#include "domain/Recommendation.h"
#include "domain/ReviewCause.h"
#include "domain/WorksheetAnswer.h"

#include <QDate>
#include <QList>

// The Tim Pakar's review of one case: causes, conclusion, recommendations, sign-off.
struct ExpertReview : Entity {
    qint64 caseId = 0;
    QDate auditDate;
    QString worksheetEdition;  // the KKA edition its answers belong to
    qint64 puskesmasId = 0;    // the worksheet header's puskesmas, 0 when not chosen
    QString technicalView;
    QString expertConclusion;
    QString suspectedDisease;
    QString referralTo;
    QDate signedOn;  // the case counts as reviewed once signed
    QList<qint64> reviewerMemberIds;
    QList<ReviewCause> causes;
    QList<Recommendation> recommendations;
    QList<WorksheetAnswer> answers;

    bool isSigned() const { return signedOn.isValid(); }
};
