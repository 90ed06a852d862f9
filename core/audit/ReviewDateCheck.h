#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The dates of an expert review, in order: the case is selected, then audited (the worksheet's
// date), then signed; none in the future. Each check gives one translated sentence, or nothing.
class ReviewDateCheck {
    Q_DECLARE_TR_FUNCTIONS(ReviewDateCheck)
public:
    static QString auditDateProblem(const QDate &auditDate, const QDate &selectedOn, const QDate &today);
    static QString signingDateProblem(const QDate &signedOn, const QDate &auditDate, const QDate &selectedOn, const QDate &today);
};
