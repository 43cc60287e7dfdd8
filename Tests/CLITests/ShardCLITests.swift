import Foundation
import ResultStore
import Testing

/// `sweep --shard i/n` and `merge`: a merged sharded sweep is the one-process sweep bit for
/// bit, and every bad shard, mismatch, gap, overlap or unusable file is exit 2 with
/// nothing written.
@Suite(.serialized) struct ShardCLITests {
    static var pair: String { CLI.scenario("pair.yaml") }
    /// 12 points; the automatic warm-up makes a shard that chose its own pilot differ.
    static let sweep = ["sweep", pair, "--vary", "teams.web.headcount=3..8", "--vary", "teams.web.concurrency=2,3",
                        "--replications", "3", "--warmup", "auto", "--no-charts", "--quiet", "--format", "csv"]

    /// Runs `sweep` into `dir/name` (with `extra` flags); fails the test on a non-zero exit.
    static func sweep(_ dir: URL, _ name: String, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let db = dir.appendingPathComponent(name).path
        let r = try CLI.run(sweep + ["--db", db] + extra)
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
        return db
    }

    /// Every stored figure of the experiment in `path`, in order: runs, summaries, interval
    /// series, per-replication values, verdicts, and the settings.
    static func contents(_ path: String) throws -> [String] {
        let db = try ResultDatabase(readingOnly: path)
        let e = try #require(try db.experiments().first)
        var out = ["\(e.kind) \(e.seed) \(e.replications) \(e.confidence) \(e.scenarioHash) \(e.settings)"]
        for run in try db.runs(experimentID: e.id) {
            out.append("\(run.strategy) \(run.parameters) \(run.replications)")
            out += try db.summaries(runID: run.id).map { "\($0)" }
            out += try db.intervalSeries(runID: run.id).map { "\($0)" }
            out += try db.replicationMetrics(runID: run.id).map { "\($0)" }
        }
        out += try db.targetVerdicts(experimentID: e.id).map { "\($0)" }
        return out
    }

    @Test func mergedShardsEqualTheOneProcessSweepBitForBit() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try Self.sweep(dir, "one.sqlite", ["--threads", "2"])
        // Thread counts and shard numbering differ between shards; the files go in out of order.
        let shards = try [(["--shard", "1/4"], "1"), (["--shard", "1/4", "--shard-index-base", "0"], "2"),
                          (["--shard", "3/4"], "1"), (["--shard", "4/4"], "2")]
            .enumerated().map { k, s in try Self.sweep(dir, "s\(k + 1).sqlite", s.0 + ["--threads", s.1]) }
        let all = dir.appendingPathComponent("all.sqlite").path
        let m = try CLI.run(["merge", shards[2], shards[0], shards[3], shards[1], "-o", all])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stderr == "merged 4 shards (12 points) into \(all) as experiment 1\n")
        let expected = try Self.contents(one), merged = try Self.contents(all)
        #expect(merged.count == expected.count && merged.count > 12 * 100)
        #expect(merged == expected)
        // Shard 2 ran points 1, 5, 9 (from 0): the second, sixth and tenth.
        let second = try ResultDatabase(readingOnly: shards[1])
        let runs = try second.runs(experimentID: try #require(try second.experiments().first).id)
        #expect(runs.map(\.strategy) == ["teams.web.headcount=3,teams.web.concurrency=3", "teams.web.headcount=5,teams.web.concurrency=3",
                                         "teams.web.headcount=7,teams.web.concurrency=3"])
        // The merged experiment reads as the sweep it stands for.
        let e = try #require(try ResultDatabase(readingOnly: all).experiments().first)
        #expect(!e.command.contains("--shard") && e.command.hasPrefix("channelsim sweep "))
        let export = { (db: String) in try CLI.run(["results", "export", "1", "--db", db, "--format", "csv"]).stdout }
        #expect(try export(all) == export(one) && !(try export(all)).isEmpty)
        // --force replaces an existing output; without it the file is refused.
        #expect(try CLI.run(["merge"] + shards + ["-o", all, "--force", "--quiet"]).status == 0)
        #expect(try Self.contents(all) == expected)
    }

    @Test func moreShardsThanPointsSplitReplicationsAndStillMergeBitForBit() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 3 points × 7 replications over 8 shards: points 1 and 2 in three blocks, point 3 in two.
        let sweep = ["sweep", Self.pair, "--vary", "teams.web.headcount=3..5", "--replications", "7", "--warmup", "auto",
                     "--no-charts", "--quiet", "--format", "csv"]
        let one = dir.appendingPathComponent("one.sqlite").path
        #expect(try CLI.run(sweep + ["--db", one]).status == 0)
        var shards: [String] = []
        for i in 1...8 {
            let db = dir.appendingPathComponent("s\(i).sqlite").path
            let r = try CLI.run(sweep + ["--db", db, "--shard", "\(i)/8", "--threads", "\(i % 2 + 1)"])
            #expect(r.status == 0, "\(r.stderr)")
            shards.append(db)
        }
        // Shard 8 holds replications 4…6 of the second point.
        let eighth = try ResultDatabase(readingOnly: shards[7])
        let run = try #require(try eighth.runs().first)
        #expect(run.strategy == "teams.web.headcount=4")
        #expect(Set(try eighth.replicationMetrics(runID: run.id).map(\.replication)) == [4, 5, 6])
        let all = dir.appendingPathComponent("all.sqlite").path
        let m = try CLI.run(["merge"] + shards.reversed() + ["-o", all])
        #expect(m.status == 0, "\(m.stderr)")
        let expected = try Self.contents(one)
        #expect(expected.count > 3 * 500)
        #expect(try Self.contents(all) == expected)
        // A missing block is a gap like a missing shard.
        let gap = try CLI.run(["merge"] + shards.dropLast() + ["-o", dir.appendingPathComponent("gap.sqlite").path])
        #expect(gap.status == 2 && gap.stderr == "channelsim: merge: missing shard 8/8 of 8 (give every shard's database)\n", "\(gap.stderr)")
    }

    @Test func tableAndJSONSayWhichSlice() throws {
        let base = ["sweep", Self.pair, "--vary", "teams.web.headcount=4..7", "--vary", "teams.web.concurrency=2,3",
                    "--replications", "2", "--no-store", "--no-charts", "--shard", "2/3"]
        let table = try CLI.run(base)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("\nsweep: shard 2/3: 3 of 8 points (4 × 2), common random numbers across points; means per point\n"))
        let json = try CLI.run(base + ["--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((doc["shard"] as? [String: Int]) == ["index": 2, "count": 3, "points": 8])
        let names = try #require(doc["points"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["teams.web.headcount=4,teams.web.concurrency=3", "teams.web.headcount=6,teams.web.concurrency=2",
                          "teams.web.headcount=7,teams.web.concurrency=3"])
    }

    @Test func badShardsExitTwoAndWriteNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        for (args, message) in [
            (["--shard", "3/2"], "--shard '3/2': the index must be between 1 and 2, e.g. 1/4 … 4/4"),
            (["--shard", "0/4"], "--shard '0/4': the index must be between 1 and 4, e.g. 1/4 … 4/4"),
            (["--shard", "a/b"], "--shard 'a/b' is not a shard (expected INDEX/COUNT with whole numbers, e.g. 1/4 … 4/4)"),
            (["--shard", "4/4", "--shard-index-base", "0"],
             "--shard '4/4': the index must be between 0 and 3 (with --shard-index-base 0), e.g. 0/4 … 3/4"),
            (["--shard", "1/40"], "--shard 1/40: 40 shards over 12 points split a point's replications over up to 4 shards, "
             + "but it has 3 (give --replications 4 or more, or use fewer shards)"),
            (["--shard", "1/2", "--precision", "chat.p_abandon=0.01"],
             "--shard cannot be combined with --precision: the replication count would be decided by each shard alone (give --replications instead)"),
            (["--shard-index-base", "0"], "--shard-index-base needs --shard"),
            (["--shard", "1/2", "--shard-index-base", "2"], "--shard-index-base must be 0 or 1, got 2"),
        ] {
            let r = try CLI.run(Self.sweep + ["--db", db] + args)
            #expect(r.status == 2 && r.stderr == "channelsim: \(message)\n", "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty && !FileManager.default.fileExists(atPath: db), "\(args)")
        }
    }

    @Test func mergeRefusalsExitTwoAndWriteNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s1 = try Self.sweep(dir, "s1.sqlite", ["--shard", "1/3"]), s2 = try Self.sweep(dir, "s2.sqlite", ["--shard", "2/3"])
        let s3 = try Self.sweep(dir, "s3.sqlite", ["--shard", "3/3"])
        let seed = try Self.sweep(dir, "seed.sqlite", ["--shard", "3/3", "--seed", "5"])
        let split = try Self.sweep(dir, "split.sqlite", ["--shard", "3/4"])
        let plain = try Self.sweep(dir, "plain.sqlite")
        let twice = try Self.sweep(dir, "twice.sqlite", ["--shard", "3/3"])
        _ = try Self.sweep(dir, "twice.sqlite", ["--shard", "3/3"])
        let text = dir.appendingPathComponent("notes.txt").path
        try "not a database, only words, but more than a hundred bytes of them so SQLite reads a page header and gives up."
            .write(toFile: text, atomically: true, encoding: .utf8)
        let foreign = dir.appendingPathComponent("foreign.sqlite").path
        let made = try CLI.runTool("/usr/bin/env", ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t (x)'); c.commit()", foreign])
        #expect(made.status == 0, "\(made.stderr)")
        let out = dir.appendingPathComponent("all.sqlite").path
        let existing = dir.appendingPathComponent("existing.sqlite").path
        try "keep me".write(toFile: existing, atomically: true, encoding: .utf8)
        for (inputs, output, message) in [
            ([s1, s2, seed], out, "merge: \(s1) and \(seed) are shards of different sweeps (different seed: 21 ≠ 5)"),
            ([s1, s2, split], out, "merge: \(s1) and \(split) are shards of different sweeps (different split (shard count): 3 ≠ 4)"),
            ([s1, s2, s2], out, "merge: \(s2) and \(s2) are both shard 2/3 (overlapping shards: give each shard once)"),
            ([s1, s3], out, "merge: missing shard 2/3 of 3 (give every shard's database)"),
            ([s1, s2, plain], out, "merge: \(plain): holds no sharded sweep (write one with channelsim sweep … --shard i/n --db FILE)"),
            ([s1, s2, twice], out, "merge: \(twice): holds 2 sharded sweeps (experiments 1, 2); keep one per file, "
             + "e.g. channelsim results delete 1 --db \(twice)"),
            ([s1, s2, text], out, "merge: \(text): not a SQLite database, so not a channelsim result database"),
            ([s1, s2, foreign], out, "merge: \(foreign): not a channelsim result database (no experiments table)"),
            ([s1, s2, dir.appendingPathComponent("nope.sqlite").path], out, "merge: \(dir.appendingPathComponent("nope.sqlite").path): no such file"),
            ([s1, s2, s3], existing, "merge: -o \(existing) exists (give --force to replace it)"),
            ([s1, s2, s3], s1, "merge: -o \(s1) is also one of the shards (write the merged sweep to a new file)"),
            ([s1, s2, s3], dir.path, "merge: -o \(dir.path) is a directory (expected a database file to create)"),
            ([s1, s2, s3], dir.appendingPathComponent("no/such/dir/all.sqlite").path,
             "merge: -o \(dir.appendingPathComponent("no/such/dir/all.sqlite").path): no directory \(dir.appendingPathComponent("no/such/dir").path)"),
        ] {
            let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            let r = try CLI.run(["merge"] + inputs + ["-o", output])
            #expect(r.status == 2 && r.stderr == "channelsim: \(message)\n", "\(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before, "\(message)")
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
    }

    @Test func aLockedShardIsReportedNotWaitedFor() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s1 = try Self.sweep(dir, "s1.sqlite", ["--shard", "1/2"]), s2 = try Self.sweep(dir, "s2.sqlite", ["--shard", "2/2"])
        // Another process holds an exclusive lock on shard 2 while merge runs.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True); sys.stdin.read()
            """, s2]
        let toHolder = Pipe(), fromHolder = Pipe()
        holder.standardInput = toHolder
        holder.standardOutput = fromHolder
        try holder.run()
        defer { try? toHolder.fileHandleForWriting.close(); holder.waitUntilExit() }
        #expect(String(decoding: fromHolder.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        let out = dir.appendingPathComponent("all.sqlite").path
        let r = try CLI.run(["merge", s1, s2, "-o", out])
        #expect(r.status == 2 && r.stderr == "channelsim: merge: \(s2): locked by another process (is a command still writing it?)\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!FileManager.default.fileExists(atPath: s1 + "-wal"), "the shards are left as they were")
    }
}
