#include "audit/ReviewDateCheck.h"

#include "domain/DateText.h"

QString ReviewDateCheck::auditDateProblem(const QDate &auditDate, const QDate &selectedOn, const QDate &today)
{
    if (!auditDate.isValid())
        return tr("Enter the audit date.");
    if (selectedOn.isValid() && auditDate < selectedOn)
        return tr("The audit date (%1) is before the case was selected (%2).").arg(DateText::date(auditDate), DateText::date(selectedOn));
    if (auditDate > today)
        return tr("The audit date (%1) is in the future.").arg(DateText::date(auditDate));
    return {};
}

QString ReviewDateCheck::signingDateProblem(const QDate &signedOn, const QDate &auditDate, const QDate &selectedOn, const QDate &today)
{
    if (!signedOn.isValid())
        return tr("Enter the signing date.");
    if (selectedOn.isValid() && signedOn < selectedOn)
        return tr("The signing date (%1) is before the case was selected (%2).").arg(DateText::date(signedOn), DateText::date(selectedOn));
    if (auditDate.isValid() && signedOn < auditDate)
        return tr("The signing date (%1) is before the audit date on the worksheet (%2).").arg(DateText::date(signedOn), DateText::date(auditDate));
    if (signedOn > today)
        return tr("The signing date (%1) is in the future.").arg(DateText::date(signedOn));
    return {};
}
