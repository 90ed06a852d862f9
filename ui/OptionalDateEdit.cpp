#include "OptionalDateEdit.h"

namespace {
const QDate NotSet(2000, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    setSpecialValueText(tr("not set"));
    setMinimumDate(NotSet);
    setDate(NotSet);
}

QDate OptionalDateEdit::value() const
{
    return date() == NotSet ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : NotSet);
}
