#include "storage/CaseRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

#include <QStringList>

namespace {
QString reasonCodes(const QList<SelectionReason> &reasons)
{
    QStringList codes;
    for (SelectionReason reason : reasons)
        codes.append(enumCode(reason));
    return codes.join(QLatin1Char(','));
}

void readCase(const SqlQuery &q, AuditCase &c)
{
    c.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
    c.subjectId = q.value(QStringLiteral("subject_id")).toLongLong();
    c.auditNumber = q.value(QStringLiteral("audit_number")).toInt();
    c.caseCode = q.value(QStringLiteral("case_code")).toString();
    for (const QString &code : q.value(QStringLiteral("selection_reasons")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto reason = enumFromCode<SelectionReason>(code))
            c.reasons.append(*reason);
    }
    c.selectionNote = q.value(QStringLiteral("selection_note")).toString();
    c.selectedOn = SqlValue::toDate(q.value(QStringLiteral("selected_on")));
    c.proposedOutcome = enumFromCode<CaseOutcome>(q.value(QStringLiteral("outcome_proposed")).toString());
    c.outcome = enumFromCode<CaseOutcome>(q.value(QStringLiteral("outcome")).toString());
    c.outcomeConfirmedOn = SqlValue::toDate(q.value(QStringLiteral("outcome_confirmed_on")));
}

template <typename E>
QVariant optionalCode(const std::optional<E> &value)
{
    return value ? QVariant(enumCode(*value)) : QVariant();
}
}

Status CaseRepository::save(AuditCase &c)
{
    return TableWriter::save(m_workspace, QStringLiteral("audit_case"), c,
                             {{QStringLiteral("cycle_id"), c.cycleId},
                              {QStringLiteral("subject_id"), c.subjectId},
                              {QStringLiteral("audit_number"), c.auditNumber},
                              {QStringLiteral("case_code"), c.caseCode},
                              {QStringLiteral("selection_reasons"), reasonCodes(c.reasons)},
                              {QStringLiteral("selection_note"), c.selectionNote},
                              {QStringLiteral("selected_on"), SqlValue::from(c.selectedOn)},
                              {QStringLiteral("outcome_proposed"), optionalCode(c.proposedOutcome)},
                              {QStringLiteral("outcome"), optionalCode(c.outcome)},
                              {QStringLiteral("outcome_confirmed_on"), SqlValue::from(c.outcomeConfirmedOn)}});
}

Result<AuditCase> CaseRepository::find(qint64 id) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM audit_case WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return QueryRows::one<AuditCase>(query, readCase, QCoreApplication::translate("CaseRepository", "The audit case"));
}

Result<AuditCase> CaseRepository::findByCode(const QString &caseCode) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM audit_case WHERE case_code = :code"));
    query.bind(QStringLiteral(":code"), caseCode);
    return QueryRows::one<AuditCase>(query, readCase, QCoreApplication::translate("CaseRepository", "Case %1").arg(caseCode));
}

Result<QList<AuditCase>> CaseRepository::forCycle(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM audit_case WHERE cycle_id = :cycle ORDER BY audit_number"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    return QueryRows::list<AuditCase>(query, readCase);
}

Status CaseRepository::remove(qint64 id)
{
    return TableWriter::remove(m_workspace, QStringLiteral("audit_case"), id);
}

Result<std::optional<ExpertReview>> CaseRepository::review(qint64 caseId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM expert_review WHERE case_id = :case"));
    query.bind(QStringLiteral(":case"), caseId);
    auto reviews = QueryRows::list<ExpertReview>(query, [](const SqlQuery &q, ExpertReview &r) {
        r.caseId = q.value(QStringLiteral("case_id")).toLongLong();
        r.auditDate = SqlValue::toDate(q.value(QStringLiteral("audit_date")));
        r.worksheetEdition = q.value(QStringLiteral("worksheet_edition")).toString();
        r.puskesmasId = q.value(QStringLiteral("puskesmas_id")).toLongLong();
        r.technicalView = q.value(QStringLiteral("technical_view")).toString();
        r.expertConclusion = q.value(QStringLiteral("expert_conclusion")).toString();
        r.suspectedDisease = q.value(QStringLiteral("suspected_disease")).toString();
        r.referralTo = q.value(QStringLiteral("referral_to")).toString();
        r.signedOn = SqlValue::toDate(q.value(QStringLiteral("signed_on")));
    });
    if (!reviews)
        return Error{reviews.error()};
    if (reviews->isEmpty())
        return std::optional<ExpertReview>();
    ExpertReview review = reviews->first();

    SqlQuery reviewers(m_workspace, QStringLiteral("SELECT team_member_id FROM review_expert WHERE review_id = :review ORDER BY id"));
    reviewers.bind(QStringLiteral(":review"), review.id);
    if (Status status = reviewers.exec(); !status)
        return Error{status.error()};
    while (reviewers.next())
        review.reviewerMemberIds.append(reviewers.value(0).toLongLong());

    SqlQuery causes(m_workspace, QStringLiteral("SELECT * FROM review_cause WHERE review_id = :review ORDER BY id"));
    causes.bind(QStringLiteral(":review"), review.id);
    auto causeRows = QueryRows::list<ReviewCause>(causes, [](const SqlQuery &q, ReviewCause &c) {
        c.cause = q.value(QStringLiteral("cause")).toString();
        c.isDirect = q.value(QStringLiteral("is_direct")).toBool();
        c.byExperts = q.value(QStringLiteral("by_experts")).toBool();
        c.note = q.value(QStringLiteral("note")).toString();
    });
    if (!causeRows)
        return Error{causeRows.error()};
    review.causes = *causeRows;

    SqlQuery recommendations(m_workspace, QStringLiteral("SELECT * FROM recommendation WHERE review_id = :review ORDER BY id"));
    recommendations.bind(QStringLiteral(":review"), review.id);
    auto recommendationRows = QueryRows::list<Recommendation>(recommendations, [](const SqlQuery &q, Recommendation &r) {
        r.kind = enumFromCode<RecommendationKind>(q.value(QStringLiteral("kind")).toString()).value_or(RecommendationKind::CaseHandling);
        r.text = q.value(QStringLiteral("text")).toString();
    });
    if (!recommendationRows)
        return Error{recommendationRows.error()};
    review.recommendations = *recommendationRows;

    SqlQuery answers(m_workspace, QStringLiteral("SELECT a.* FROM worksheet_answer a JOIN worksheet_item i ON i.id = a.item_id "
                                                 "WHERE a.review_id = :review ORDER BY i.position, a.id"));
    answers.bind(QStringLiteral(":review"), review.id);
    auto answerRows = QueryRows::list<WorksheetAnswer>(answers, [](const SqlQuery &q, WorksheetAnswer &a) {
        a.itemId = q.value(QStringLiteral("item_id")).toLongLong();
        a.answer = q.value(QStringLiteral("answer")).toString();
        a.source = q.value(QStringLiteral("source")).toString();
        a.verified = q.value(QStringLiteral("verified")).toBool();
    });
    if (!answerRows)
        return Error{answerRows.error()};
    review.answers = *answerRows;
    return std::optional<ExpertReview>(review);
}

Status CaseRepository::save(ExpertReview &review)
{
    ExpertReview draft = review;
    Status status = m_workspace.write([&]() -> Status {
        Status saved = TableWriter::save(m_workspace, QStringLiteral("expert_review"), draft,
                                         {{QStringLiteral("case_id"), draft.caseId},
                                          {QStringLiteral("audit_date"), SqlValue::from(draft.auditDate)},
                                          {QStringLiteral("worksheet_edition"), draft.worksheetEdition},
                                          {QStringLiteral("puskesmas_id"), SqlValue::id(draft.puskesmasId)},
                                          {QStringLiteral("technical_view"), draft.technicalView},
                                          {QStringLiteral("expert_conclusion"), draft.expertConclusion},
                                          {QStringLiteral("suspected_disease"), draft.suspectedDisease},
                                          {QStringLiteral("referral_to"), draft.referralTo},
                                          {QStringLiteral("signed_on"), SqlValue::from(draft.signedOn)}});
        if (!saved)
            return saved;
        for (const char *table : {"review_expert", "review_cause", "worksheet_answer"}) {
            SqlQuery clear(m_workspace, QStringLiteral("DELETE FROM %1 WHERE review_id = :review").arg(QLatin1String(table)));
            clear.bind(QStringLiteral(":review"), draft.id);
            if (Status cleared = clear.exec(); !cleared)
                return cleared;
        }
        for (qint64 memberId : draft.reviewerMemberIds) {
            Entity link;
            if (Status linked = TableWriter::save(m_workspace, QStringLiteral("review_expert"), link,
                                                  {{QStringLiteral("review_id"), draft.id}, {QStringLiteral("team_member_id"), memberId}});
                !linked)
                return linked;
        }
        for (ReviewCause &cause : draft.causes) {
            cause.id = 0;
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("review_cause"), cause,
                                                  {{QStringLiteral("review_id"), draft.id},
                                                   {QStringLiteral("cause"), cause.cause},
                                                   {QStringLiteral("is_direct"), cause.isDirect},
                                                   {QStringLiteral("by_experts"), cause.byExperts},
                                                   {QStringLiteral("note"), cause.note}});
                !stored)
                return stored;
        }
        for (WorksheetAnswer &answer : draft.answers) {
            answer.id = 0;
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("worksheet_answer"), answer,
                                                  {{QStringLiteral("review_id"), draft.id},
                                                   {QStringLiteral("item_id"), answer.itemId},
                                                   {QStringLiteral("answer"), answer.answer},
                                                   {QStringLiteral("source"), answer.source},
                                                   {QStringLiteral("verified"), answer.verified}});
                !stored)
                return stored;
        }
        // Recommendations keep their ids, since RTL items refer to them; a removed one is deleted
        // and its RTL items keep their own copy of the text.
        QStringList kept;
        for (const Recommendation &recommendation : draft.recommendations) {
            if (recommendation.isStored())
                kept.append(QString::number(recommendation.id));
        }
        SqlQuery removed(m_workspace, QStringLiteral("DELETE FROM recommendation WHERE review_id = :review AND id NOT IN (%1)")
                                          .arg(kept.isEmpty() ? QStringLiteral("0") : kept.join(QLatin1Char(','))));
        removed.bind(QStringLiteral(":review"), draft.id);
        if (Status cleared = removed.exec(); !cleared)
            return cleared;
        for (Recommendation &recommendation : draft.recommendations) {
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("recommendation"), recommendation,
                                                  {{QStringLiteral("review_id"), draft.id},
                                                   {QStringLiteral("kind"), enumCode(recommendation.kind)},
                                                   {QStringLiteral("text"), recommendation.text}});
                !stored)
                return stored;
        }
        return {};
    });
    if (status)
        review = draft;
    return status;
}

Status CaseRepository::save(MonitoringVisit &visit)
{
    return TableWriter::save(m_workspace, QStringLiteral("monitoring_visit"), visit,
                             {{QStringLiteral("case_id"), visit.caseId},
                              {QStringLiteral("month_index"), visit.monthIndex},
                              {QStringLiteral("visit_date"), SqlValue::from(visit.visitDate)},
                              {QStringLiteral("measurement_id"), SqlValue::id(visit.measurementId)},
                              {QStringLiteral("visitor_member_id"), SqlValue::id(visit.visitorMemberId)},
                              {QStringLiteral("note"), visit.note}});
}

Result<QList<MonitoringVisit>> CaseRepository::visits(qint64 caseId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM monitoring_visit WHERE case_id = :case ORDER BY month_index"));
    query.bind(QStringLiteral(":case"), caseId);
    return QueryRows::list<MonitoringVisit>(query, [](const SqlQuery &q, MonitoringVisit &v) {
        v.caseId = q.value(QStringLiteral("case_id")).toLongLong();
        v.monthIndex = q.value(QStringLiteral("month_index")).toInt();
        v.visitDate = SqlValue::toDate(q.value(QStringLiteral("visit_date")));
        v.measurementId = q.value(QStringLiteral("measurement_id")).toLongLong();
        v.visitorMemberId = q.value(QStringLiteral("visitor_member_id")).toLongLong();
        v.note = q.value(QStringLiteral("note")).toString();
    });
}
