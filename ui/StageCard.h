#pragma once

#include "audit/StageProgress.h"

#include <QFrame>

class QLabel;
class QPushButton;

// One stage of the strip: its number and name, done or what it lacks, and a button to open it.
class StageCard : public QFrame {
    Q_OBJECT
public:
    explicit StageCard(const StageProgress &progress, int number, QWidget *parent = nullptr);
    const StageProgress &progress() const { return m_progress; }
    QPushButton *openButton() const { return m_open; }
    QString statusText() const;

Q_SIGNALS:
    void openRequested(CycleStage stage);

private:
    StageProgress m_progress;
    QLabel *m_status;
    QPushButton *m_open;
};
