#pragma once

#include <QDateEdit>

// A date field that may be left empty: its lowest date reads "not set" and stands for no date.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const;  // invalid when not set
    void setValue(const QDate &date);
};
