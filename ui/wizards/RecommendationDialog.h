#pragma once

#include "domain/Recommendation.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

// One recommendation of a review: its kind and text.
class RecommendationDialog : public QDialog {
    Q_OBJECT
public:
    RecommendationDialog(const Recommendation &recommendation, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    const Recommendation &recommendation() const { return m_recommendation; }
    void accept() override;

private:
    Recommendation m_recommendation;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
};
