#pragma once

#include <QSet>
#include <QString>
#include <map>
#include <utility>

namespace ws {

// A sorted map of the index's records (sessions by label, key records by public key) that remembers
// which rows a change may have written. A commit then compares and writes only those rows, so its
// cost follows the size of the change, not of the index (issue 14: one commit at 100 000 sessions
// costs what it costs at 10).
//
// Reading through a const map is free. Every way to change a record names its row: find(), at(),
// operator[], emplace(), insert_or_assign(), insert(), erase(). What cannot name a row, a mutable
// begin() (a loop that may change any record) or clear(), marks every row, and the commit falls back
// to comparing the whole map, which is always correct, only slower. A row that was named but left
// unchanged costs one comparison and writes nothing.
template <typename Record>
class RecordMap {
public:
    using Map = std::map<QString, Record>;
    using key_type = typename Map::key_type;
    using mapped_type = typename Map::mapped_type;
    using value_type = typename Map::value_type;
    using size_type = typename Map::size_type;
    using iterator = typename Map::iterator;
    using const_iterator = typename Map::const_iterator;

    // Past this many named rows a whole comparison costs no more than the rows one by one, and a bulk
    // load (every row emplaced) does not build a set as large as itself.
    static constexpr qsizetype kMaxNamedRows = 4096;

    RecordMap() = default;
    RecordMap(const RecordMap&) = default;
    RecordMap(RecordMap&&) noexcept = default;
    // A whole map assigned over this one (`data = other`) may change any row: every row is named.
    RecordMap& operator=(const RecordMap& other) {
        m_map = other.m_map;
        nameAll();
        return *this;
    }
    RecordMap& operator=(RecordMap&& other) noexcept {
        m_map = std::move(other.m_map);
        nameAll();
        return *this;
    }
    ~RecordMap() = default;

    // Reading.
    const_iterator begin() const { return m_map.begin(); }
    const_iterator end() const { return m_map.end(); }
    const_iterator cbegin() const { return m_map.cbegin(); }
    const_iterator cend() const { return m_map.cend(); }
    const_iterator find(const QString& key) const { return m_map.find(key); }
    const Record& at(const QString& key) const { return m_map.at(key); }
    size_type count(const QString& key) const { return m_map.count(key); }
    bool contains(const QString& key) const { return m_map.find(key) != m_map.end(); }
    size_type size() const { return m_map.size(); }
    bool empty() const { return m_map.empty(); }
    const Map& rows() const { return m_map; }

    // Changing one named row.
    iterator find(const QString& key) {
        touch(key);
        return m_map.find(key);
    }
    Record& at(const QString& key) {
        touch(key);
        return m_map.at(key);
    }
    Record& operator[](const QString& key) {
        touch(key);
        return m_map[key];
    }
    template <typename... Args>
    std::pair<iterator, bool> emplace(const QString& key, Args&&... args) {
        touch(key);
        return m_map.emplace(key, std::forward<Args>(args)...);
    }
    template <typename... Args>
    iterator emplace_hint(const_iterator hint, const QString& key, Args&&... args) {
        touch(key);
        return m_map.emplace_hint(hint, key, std::forward<Args>(args)...);
    }
    template <typename Value>
    std::pair<iterator, bool> insert_or_assign(const QString& key, Value&& value) {
        touch(key);
        return m_map.insert_or_assign(key, std::forward<Value>(value));
    }
    std::pair<iterator, bool> insert(const value_type& entry) {
        touch(entry.first);
        return m_map.insert(entry);
    }
    size_type erase(const QString& key) {
        touch(key);
        return m_map.erase(key);
    }
    iterator erase(const_iterator it) {
        touch(it->first);
        return m_map.erase(it);
    }
    iterator erase(iterator it) { return erase(const_iterator(it)); }

    // Changing rows that cannot be named: every row counts as written.
    iterator begin() {
        nameAll();
        return m_map.begin();
    }
    iterator end() { return m_map.end(); }
    void clear() {
        m_map.clear();
        nameAll();
    }

    // Names a row as written without changing it (a commit handing on what earlier changes named).
    void touch(const QString& key) {
        nameIn(key, m_touched, m_allTouched);
        nameIn(key, m_namedSinceIndexed, m_allNamedSinceIndexed);
    }

    // The rows named since the last forgetTouched(); allTouched() when that cannot be known.
    const QSet<QString>& touched() const { return m_touched; }
    bool allTouched() const { return m_allTouched; }
    void forgetTouched() {
        m_touched.clear();
        m_allTouched = false;
    }

    // The rows named since the last markIndexed(): a second record of the same names that a commit's
    // forgetTouched() leaves alone, for an index built over this map (IndexData::keyUsers) that is
    // exact for every other row.
    const QSet<QString>& namedSinceIndexed() const { return m_namedSinceIndexed; }
    bool allNamedSinceIndexed() const { return m_allNamedSinceIndexed; }
    void markIndexed() {
        m_namedSinceIndexed.clear();
        m_allNamedSinceIndexed = false;
    }

    // Equal content; which rows were named does not matter.
    friend bool operator==(const RecordMap& a, const RecordMap& b) { return a.m_map == b.m_map; }

private:
    void nameAll() {
        m_allTouched = true;
        m_touched.clear();
        m_allNamedSinceIndexed = true;
        m_namedSinceIndexed.clear();
    }
    static void nameIn(const QString& key, QSet<QString>& named, bool& all) {
        if (all)
            return;
        if (named.size() >= kMaxNamedRows) {
            all = true;
            named.clear();
            return;
        }
        named.insert(key);
    }

    Map m_map;
    QSet<QString> m_touched;
    bool m_allTouched = false;
    QSet<QString> m_namedSinceIndexed;
    bool m_allNamedSinceIndexed = false;
};

} // namespace ws
