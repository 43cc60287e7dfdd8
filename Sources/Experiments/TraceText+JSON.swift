import ChannelModel

/// One event as a JSON object (docs/trace.md, "JSON Lines").
extension TraceText {
    func append(_ e: TraceEvent, to b: inout TraceBytes) {
        b.append("{\"t\":")
        b.seconds(e.time)
        b.append(",\"clock\":\"")
        clock(e.time, into: &b)
        b.append("\",\"event\":\"")
        b.append(Self.kindNames[Int(e.kind.rawValue)])
        b.append("\"")
        if e.contact >= 0 {
            b.append(",\"contact\":")
            b.int(Int(e.contact))
        }
        if e.visitor >= 0 {
            b.append(",\"visitor\":")
            b.int(Int(e.visitor))
        }
        if e.channel >= 0 && Int(e.channel) < channelJSON.count {
            b.append(",\"channel\":")
            b.append(channelJSON[Int(e.channel)])
        }
        let flag: StaticString = e.code != 0 ? "true" : "false"
        switch e.kind {
        case .visitorArrived:
            if Int(e.code) < segmentJSON.count {
                b.append(",\"segment\":")
                b.append(segmentJSON[Int(e.code)])
            }
            if Int(e.value) < enquiryJSON.count {
                b.append(",\"enquiry\":")
                b.append(enquiryJSON[Int(e.value)])
            }
        case .invited, .callbackOffered:
            b.append(",\"accepted\":")
            b.append(flag)
        case .answered, .unanswered:
            b.append(",\"wait\":")
            b.seconds(e.value)
            b.append(",\"callback\":")
            b.append(flag)
            if e.kind == .answered, let a = agent(e.contact), Int(a.team) < teamJSON.count {
                b.append(",\"team\":")
                b.append(teamJSON[Int(a.team)])
                b.append(",\"agent\":")
                b.int(Int(a.number))
            }
        case .abandoned:
            b.append(",\"wait\":")
            b.seconds(e.value)
        case .recontacted:
            b.append(",\"wait\":")
            b.seconds(e.value)
            b.append(",\"withdrawn\":")
            b.append(flag)
        case .agentReply:
            b.append(",\"delay\":")
            b.seconds(e.value)
            if e.code != 0 { b.append(",\"synthetic\":true") }
        case .customerMessage:
            if e.code != 0 { b.append(",\"synthetic\":true") }
        case .completed, .leftMidChat:
            b.append(",\"service\":")
            b.seconds(e.value)
        case .ended:
            b.append(",\"ending\":\"")
            b.append(Array(Self.endingName(e.code).utf8))
            b.append("\"")
            if let to = transferTarget(e) {
                b.append(",\"to_contact\":")
                b.int(Int(to))
                let c = Int(to) < contactChannels.count ? Int(contactChannels[Int(to)]) : -1
                if c >= 0 && c < channelJSON.count {
                    b.append(",\"to_channel\":")
                    b.append(channelJSON[c])
                }
            }
        case .visitorEnded:
            b.append(",\"outcome\":\"")
            b.append(Array((VisitorOutcome(rawValue: Int(e.code))?.name ?? "?").utf8))
            b.append("\"")
        case .arrived:
            // The code is the class + 1 (0: none).
            let c = Int(e.channel), k = Int(e.code) - 1
            if k >= 0 && c >= 0 && c < classJSON.count && k < classJSON[c].count {
                b.append(",\"class\":")
                b.append(classJSON[c][k])
            }
        case .channelChosen, .queued: break
        }
        b.append("}")
    }

    /// The `event` names by raw value, as bytes.
    static let kindNames: [[UInt8]] = TraceEvent.Kind.allCases.map { Array($0.name.utf8) }
}
