#include <catch2/catch.hpp>

#include "Language.h"
#include "audit/ReviewDateCheck.h"

namespace {
const QDate Selected(2024, 7, 20);
const QDate Audited(2024, 8, 1);
const QDate Today(2024, 9, 16);
}

TEST_CASE("The audit date falls between the selection and today", "[audit][review]")
{
    Language::apply(QStringLiteral("en"));
    CHECK(ReviewDateCheck::auditDateProblem(Audited, Selected, Today).isEmpty());
    CHECK(ReviewDateCheck::auditDateProblem(Selected, Selected, Today).isEmpty());
    CHECK(ReviewDateCheck::auditDateProblem(Today, Selected, Today).isEmpty());
    CHECK(ReviewDateCheck::auditDateProblem({}, Selected, Today) == QStringLiteral("Enter the audit date."));
    CHECK(ReviewDateCheck::auditDateProblem(Selected.addDays(-1), Selected, Today).contains(QStringLiteral("before the case was selected (20 July 2024)")));
    CHECK(ReviewDateCheck::auditDateProblem(Today.addDays(1), Selected, Today).contains(QStringLiteral("in the future")));
}

TEST_CASE("Signing comes after the selection and the audit, and not after today", "[audit][review]")
{
    Language::apply(QStringLiteral("en"));
    CHECK(ReviewDateCheck::signingDateProblem(Audited, Audited, Selected, Today).isEmpty());
    CHECK(ReviewDateCheck::signingDateProblem(Today, {}, Selected, Today).isEmpty());
    CHECK(ReviewDateCheck::signingDateProblem({}, Audited, Selected, Today) == QStringLiteral("Enter the signing date."));
    CHECK(ReviewDateCheck::signingDateProblem(Selected.addDays(-1), {}, Selected, Today).contains(QStringLiteral("before the case was selected")));
    CHECK(ReviewDateCheck::signingDateProblem(Audited.addDays(-1), Audited, Selected, Today)
              == QStringLiteral("The signing date (31 July 2024) is before the audit date on the worksheet (1 August 2024)."));
    CHECK(ReviewDateCheck::signingDateProblem(Today.addDays(1), Audited, Selected, Today).contains(QStringLiteral("in the future")));
}
