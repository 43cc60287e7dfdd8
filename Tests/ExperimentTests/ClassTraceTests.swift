import ChannelModel
import Experiments
import Foundation
import Testing

/// `run --trace` on a channel with classes: each contact's class on its `arrived` event and
/// in a last CSV column; nothing changes without classes.
@Suite struct ClassTraceTests {
    @Test func theClassIsInTheTrace() {
        var spec = TraceTests.phoneSpec()
        spec.channels[0].classes = [ContactClass(name: "std", share: 0.5), ContactClass(name: "vip", share: 0.5, queueing: .strict)]
        spec.channels[0].arrivalClasses = [1, 0]
        let text = TraceTests.text(spec)
        let arrived = text.jsonLines().split(separator: "\n").filter { $0.contains("\"arrived\"") }
        #expect(arrived == [
            #"{"t":5.000,"clock":"d1 00:00:05.000","event":"arrived","contact":0,"channel":"phone","class":"vip"}"#,
            #"{"t":6.000,"clock":"d1 00:00:06.000","event":"arrived","contact":1,"channel":"phone","class":"std"}"#,
        ])
        let rows = text.csv().split(separator: "\n")
        #expect(rows[0] == TraceText.csvHeader + ",class" && rows[0].hasSuffix(",transferred_to,class"))
        #expect(rows[1].hasSuffix(",vip") && rows[2].hasSuffix(",std"))
        // Without classes: no class field, no class column.
        let plain = TraceTests.text(TraceTests.phoneSpec())
        #expect(!plain.jsonLines().contains("\"class\""))
        #expect(plain.csv().hasPrefix(TraceText.csvHeader + "\n"))
    }
}
