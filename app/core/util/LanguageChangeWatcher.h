#pragma once

#include <QObject>

// Tells non-widget objects (item models) that the application's language changed: QCoreApplication
// receives QEvent::LanguageChange whenever a translator is installed or removed, widgets get their own.
class LanguageChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageChangeWatcher(QObject *parent = nullptr);

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
