#pragma once

#include <QWidget>

class QPushButton;

// Shown when no workspace is open: start a new one, open one, or try the demonstration district.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();

private:
    QPushButton *choice(const QString &title, const QString &explanation);

    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_demo;
};
