// Test helper for tst_mainwindow: another process holding the session index's lock.
//   index_lock_holder <dir> <hold-ms>
// takes <dir>/sessions.json.lock the way SessionIndex does (QLockFile), prints "locked", holds it for
// <hold-ms> and releases it.
#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QTextStream>
#include <QThread>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QLockFile lock(QDir(args.at(1)).filePath(QStringLiteral("sessions.json.lock")));
    if (!lock.tryLock(10000))
        return 1;
    QTextStream(stdout) << "locked" << Qt::endl;
    QThread::msleep(args.at(2).toULong());
    lock.unlock();
    return 0;
}
