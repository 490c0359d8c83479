#include "IndexData.h"
#include "IndexJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <vector>

namespace ws {

namespace {

constexpr int kMaxRepairAttempts = 256;
// QJsonDocument refuses anything nested deeper (QJsonParseError::DeepNesting), so no cut inside
// deeper nesting can parse and no deeper bracket needs remembering.
constexpr int kMaxNesting = 1024;

// The open brackets as a persistent stack: a node points at the one below it, so a cut remembers the
// whole stack at its position by holding one node, where copying the stack at every closing bracket
// was quadratic (issue 12, item 3). A node that neither the current stack nor a remembered cut reaches
// is reused, so at most kMaxNesting × (kMaxRepairAttempts + 1) nodes exist, whatever the input.
class BracketStack {
public:
    int top() const { return m_top; }
    int depth() const { return m_depth; }
    char topCloser() const { return m_nodes[size_t(m_top)].closer; }

    void push(char closer) {
        const int node = allocate();
        // The new node takes over the reference m_top held on the node below as its parent link.
        m_nodes[size_t(node)] = Node{m_top, 1, closer};
        m_top = node;
        ++m_depth;
    }
    void pop() {
        const int old = m_top;
        m_top = m_nodes[size_t(old)].parent;
        retain(m_top);
        release(old);
        --m_depth;
    }
    void retain(int node) {
        if (node >= 0)
            ++m_nodes[size_t(node)].refs;
    }
    void release(int node) {
        while (node >= 0 && --m_nodes[size_t(node)].refs == 0) {
            m_free.push_back(node);
            node = m_nodes[size_t(node)].parent;
        }
    }
    // What closes the stack whose top is `node`, innermost first.
    QByteArray closers(int node) const {
        QByteArray out;
        for (; node >= 0; node = m_nodes[size_t(node)].parent)
            out.append(m_nodes[size_t(node)].closer);
        return out;
    }

private:
    struct Node {
        int parent = -1;
        int refs = 0;
        char closer = 0;
    };
    int allocate() {
        if (!m_free.empty()) {
            const int node = m_free.back();
            m_free.pop_back();
            return node;
        }
        m_nodes.emplace_back();
        return int(m_nodes.size() - 1);
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_free;
    int m_top = -1;
    int m_depth = 0;
};

// A truncated file is a valid JSON prefix. Cutting it after the last complete object or array and
// closing what is still open often gives back most of it (keys sort before sessions, so the key
// records usually survive). Linear: one scan, up to the point where the parser found the damage
// (nothing after it can be part of a cut that parses), then at most kMaxRepairAttempts cuts from the
// last one back, each failure moving the bound before its own error, all within salvageWorkLimit().
// `work` counts the bytes scanned, copied and parsed.
QJsonObject parseOrRepair(QByteArrayView json, qint64& work) {
    const QByteArray bytes = QByteArray::fromRawData(json.constData(), json.size());
    const qint64 budget = salvageWorkLimit(json.size());
    QJsonParseError error{};
    work += bytes.size();
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return document.isObject() ? document.object() : QJsonObject();
    const qsizetype limit =
        error.offset > 0 && error.offset <= bytes.size() ? qsizetype(error.offset) : bytes.size();

    struct Cut {
        qsizetype end = 0;
        int node = -1;
    };
    std::array<Cut, kMaxRepairAttempts> cuts; // the latest ones, as a ring
    qsizetype cutCount = 0;
    BracketStack stack;
    bool inString = false;
    bool escaped = false;
    qsizetype i = 0;
    for (; i < limit; ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (stack.depth() >= kMaxNesting)
                break;
            stack.push(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (stack.depth() == 0 || stack.topCloser() != c)
                break; // not a JSON prefix any more: what follows cannot be trusted
            stack.pop();
            if (stack.depth() == 0)
                break;
            Cut& slot = cuts[size_t(cutCount % kMaxRepairAttempts)];
            if (cutCount >= kMaxRepairAttempts)
                stack.release(slot.node);
            slot = Cut{i + 1, stack.top()};
            stack.retain(slot.node);
            ++cutCount;
        }
    }
    work += i;

    qsizetype bound = limit;
    const qsizetype remembered = std::min<qsizetype>(cutCount, kMaxRepairAttempts);
    for (qsizetype k = 1; k <= remembered; ++k) {
        const Cut& cut = cuts[size_t((cutCount - k) % kMaxRepairAttempts)];
        if (cut.end > bound)
            continue;
        const QByteArray closers = stack.closers(cut.node);
        const qint64 cost = 2 * (cut.end + closers.size()); // copied, then parsed
        if (work + cost > budget)
            break;
        work += cost;
        QByteArray candidate;
        candidate.reserve(cut.end + closers.size());
        candidate.append(bytes.constData(), cut.end);
        candidate.append(closers);
        document = QJsonDocument::fromJson(candidate, &error);
        if (error.error == QJsonParseError::NoError)
            return document.isObject() ? document.object() : QJsonObject(); // no cut changes the top level
        bound = std::min<qsizetype>(cut.end - 1, error.offset);
    }
    return {};
}

// The text of a JSON string literal's contents (without the quotes), escapes resolved; null when it
// is not a valid one.
QString jsonString(QByteArrayView raw) {
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray array = QByteArrayLiteral("[\"") + raw.toByteArray() + QByteArrayLiteral("\"]");
    const QJsonValue value = QJsonDocument::fromJson(array).array().at(0);
    return value.isString() ? value.toString() : QString();
}

struct FoundToken {
    QString label; // the key of the object holding the token; empty when there is none or it is unreadable
    QString token;
};

// Every string under a "token" key anywhere in the raw text, with the key of its enclosing object
// (a session's label), in one pass: what a lost or truncated `sessions` structure still shows.
std::vector<FoundToken> findTokens(QByteArrayView bytes) {
    struct Span {
        qsizetype start = -1;
        qsizetype size = 0;
        bool isSet() const { return start >= 0; }
    };
    std::vector<Span> keys; // the key of each open container, up to kMaxNesting deep
    qsizetype depth = 0;
    Span lastString, pendingKey;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    std::vector<FoundToken> found;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                const Span string{stringStart, i - stringStart};
                if (!pendingKey.isSet()) {
                    lastString = string; // a key, if a colon follows
                    continue;
                }
                if (bytes.sliced(pendingKey.start, pendingKey.size) == QByteArrayView("token") &&
                    string.size <= kMaxSessionTokenBytes) {
                    FoundToken token;
                    token.token = jsonString(bytes.sliced(string.start, string.size));
                    if (depth >= 1 && depth <= kMaxNesting && keys.back().isSet())
                        token.label = jsonString(bytes.sliced(keys.back().start, keys.back().size));
                    found.push_back(std::move(token));
                }
                pendingKey = {};
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case ':':
            pendingKey = lastString;
            lastString = {};
            break;
        case '{':
        case '[':
            if (depth < kMaxNesting)
                keys.push_back(pendingKey);
            ++depth;
            pendingKey = lastString = {};
            break;
        case '}':
        case ']':
            if (depth > 0) {
                if (depth <= kMaxNesting)
                    keys.pop_back();
                --depth;
            }
            pendingKey = lastString = {};
            break;
        case ',':
            pendingKey = lastString = {};
            break;
        default:
            break;
        }
    }
    return found;
}

KeyRecord looseKey(const QString& publicKey, const QJsonObject& object) {
    // The record's own fields could not all be read: Pending, and held by salvageIndex() unless a
    // surviving session uses it.
    KeyRecord key;
    key.publicKey = publicKey;
    key.state = KeyState::Pending;
    key.kind = object.value(QLatin1String("kind")).toString() == QLatin1String("api") ? KeyKind::ApiKey
                                                                                      : KeyKind::Session;
    key.createdAt = QDateTime::currentDateTimeUtc();
    key.organizationId = object.value(QLatin1String("organizationId")).toString();
    return key;
}

} // namespace

SalvageResult salvageIndex(QByteArrayView json, const QString& heldReason) {
    SalvageResult result;
    result.repairWork += json.size();
    if (auto strict = parseIndex(json)) {
        result.data = std::move(strict).value();
        return result; // not damaged: nothing to salvage, nothing to hold
    }
    IndexData& data = result.data;
    const QJsonObject root = parseOrRepair(json, result.repairWork);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const QJsonObject sessions = root.value(QLatin1String("sessions")).toObject();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        auto record = indexjson::salvageSession(it.key(), it.value(), now);
        if (!record)
            ++result.droppedSessions;
        else if (indexjson::isValidLabel(it.key()))
            data.sessions.emplace(it.key(), std::move(record).value());
        // else: a readable session under an unusable label, restored from the text below
    }

    const QJsonObject keys = root.value(QLatin1String("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        auto record = indexjson::parseKey(it.key(), it.value());
        if (record)
            data.keys.emplace(it.key(), std::move(record).value());
        else if (indexjson::isValidPublicKey(it.key()))
            data.keys.emplace(it.key(), looseKey(it.key(), it.value().toObject()));
    }

    // Whatever the structure lost, key records may still be legible in the raw text.
    static const QRegularExpression keyPattern(
        QStringLiteral("\"([0-9a-fA-F]{16,1024})\"\\s*:\\s*\\{([^{}]*)"));
    const QString text = QString::fromUtf8(json.constData(), json.size());
    for (auto match = keyPattern.globalMatch(text); match.hasNext();) {
        const auto m = match.next();
        const QString body = m.captured(2);
        // Session records (labels may look like hex too) start with autoRefresh; key records never have it.
        const bool sessionLike =
            body.contains(QLatin1String("\"autoRefresh\"")) || body.contains(QLatin1String("\"token\""));
        const bool keyLike = body.contains(QLatin1String("\"createdAt\"")) ||
                             body.contains(QLatin1String("\"kind\"")) ||
                             body.contains(QLatin1String("\"state\""));
        if (sessionLike || !keyLike)
            continue;
        const QString publicKey = m.captured(1);
        if (data.keys.count(publicKey))
            continue;
        QJsonObject fields;
        if (body.contains(QRegularExpression(QStringLiteral("\"kind\"\\s*:\\s*\"api\""))))
            fields.insert(QLatin1String("kind"), QStringLiteral("api"));
        data.keys.emplace(publicKey, looseKey(publicKey, fields));
    }

    // Whatever the structure lost, sessions may still be legible in the raw text: every token whose
    // key no session uses yet comes back, under its old label if that can be read and is free.
    QSet<QString> used = data.publicKeysInUse();
    QHash<QString, int> suffixes; // the next free number for each restored-<prefix>
    for (const FoundToken& found : findTokens(json)) {
        auto record =
            indexjson::salvageSession(QString(), QJsonObject{{QLatin1String("token"), found.token}}, now);
        if (!record || used.contains(record->token.claims.publicKey))
            continue;
        const QString publicKey = record->token.claims.publicKey;
        QString label = found.label;
        if (!indexjson::isValidLabel(label) || data.sessions.count(label)) {
            const QString base = QStringLiteral("restored-") + publicKey.left(8);
            int& next = suffixes[base];
            do {
                label = next == 0 ? base : base + QLatin1Char('-') + QString::number(next + 1);
                ++next;
            } while (data.sessions.count(label));
        }
        record->sessionKey = label;
        used.insert(publicKey);
        data.sessions.emplace(label, std::move(record).value());
        ++result.restoredSessions;
    }

    // A session that survived must have its key recorded, or its keychain entry could be lost.
    for (const auto& [label, session] : data.sessions) {
        const QString publicKey = session.token.claims.publicKey;
        if (!indexjson::isValidPublicKey(publicKey))
            continue;
        auto it = data.keys.find(publicKey);
        if (it == data.keys.end()) {
            KeyRecord key;
            key.publicKey = publicKey;
            key.state = KeyState::Live;
            key.kind = KeyKind::Session;
            key.createdAt = session.createdAt;
            key.organizationId = session.token.claims.organizationId;
            data.keys.emplace(publicKey, key);
        } else if (it->second.state == KeyState::Pending) {
            it->second.state = KeyState::Live;
        }
    }

    // Every other key may belong to a session the damaged file still holds (a truncated `sessions`, an
    // unreadable token): held, so that no recovery sweep or `keys clean` deletes it; only the user
    // does, once the damaged file has been looked at. A Doomed key was being deleted anyway.
    for (auto& [publicKey, key] : data.keys) {
        if (used.contains(publicKey)) {
            key.held = false;
            key.heldReason.clear();
        } else if (key.state != KeyState::Doomed) {
            if (!key.held)
                key.heldReason = heldReason; // an earlier hold keeps its own reason
            key.held = true;
        }
        if (key.held)
            ++result.heldKeys;
    }

    const QString active = root.value(QLatin1String("activeSessionKey")).toString();
    if (data.findSession(active))
        data.activeSessionKey = active;
    return result;
}

} // namespace ws
