#pragma once

class AccountDirectory;
class BatchQuery;
class BatchStore;
class Clock;
class HistoryRecorder;
class ProfileStore;
class ProxyService;
class QSettings;
class RequestScheduler;
class SessionAwareCredentialStore;
class Translations;

// What a window and the dialogs it opens work with, made once (by main(), or by a test's fixture) and passed
// whole to the window's constructor; nothing is set on the window afterwards. Not owned by the window. The
// first six are required; the others may be nullptr.
struct Services
{
    const Clock *clock = nullptr; // the scheduler's
    RequestScheduler *scheduler = nullptr;
    BatchStore *store = nullptr;
    BatchQuery *query = nullptr; // reads into store through scheduler
    AccountDirectory *accounts = nullptr;
    HistoryRecorder *history = nullptr; // off when its history file could not be opened
    ProfileStore *profiles = nullptr; // without it (and credentials): no profile switcher
    SessionAwareCredentialStore *credentials = nullptr;
    Translations *translations = nullptr; // without it: no Preferences
    QSettings *settings = nullptr; // without it: nothing is remembered (watch list, rate, retention)
    ProxyService *proxies = nullptr; // without it: no proxy in Preferences (the network's own settings)
};
