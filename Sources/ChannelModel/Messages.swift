import SimKernel
import Variates

/// Message-level chats (DESIGN §1.3 `messages`): a chat is a sequence of exchanges. The
/// customer writes (the agent is free for other chats), then the agent reads and replies.
/// An agent writes one reply at a time across its chats, oldest waiting message first, so
/// reply delays grow with the chats it holds: the slowdown emerges instead of being
/// assumed. A customer whose reply takes longer than their in-chat patience leaves
/// mid-chat, unresolved.
///
/// Everything variable-length about a chat (the number of exchanges, each reply and each
/// typing time) is drawn from the customer's own substream, in the order the chat needs
/// them, so the same visitor writes the same chat under every strategy.
extension Simulation {
    /// A chat starts: the customer's opening message awaits the first reply.
    mutating func beginChat(_ i: Int32, agent a: Int32) {
        let m = draws[Int(customers[i].channel)].messages!
        let script = customers.script(i)
        script.reseed(customers[i].scriptKey)
        let n = max(1, Int(m.exchanges.sample(script).rounded()))
        customers[i].exchangesLeft = Int32(n)
        customers[i].aloneTime = 0
        awaitReply(i)
        if agents.items[Int(a)].writing < 0 { startWriting(agent: a) }
    }

    /// Customer i's latest message now waits for a reply; their patience starts.
    mutating func awaitReply(_ i: Int32) {
        customers[i].state = .awaitingReply
        customers[i].replyNeededAt = now
        let patience = customers[i].inChatPatience
        if patience.isFinite {
            events.schedule(at: now + patience, priority: .abandonment,
                            .replyPatience(customer: i, generation: customers.replyTimers.current(Int(i))))
        }
    }

    /// Agent a starts its next reply: to the chat whose message has waited longest.
    mutating func startWriting(agent a: Int32) {
        let g = agents.generations.bump(Int(a))
        let base = Int(a) * agents.stride
        var pick: Int32 = -1, oldest = Double.infinity
        for k in 0..<Int(agents.items[Int(a)].load) {
            let i = agents.held[base + k]
            if customers[i].state == .awaitingReply && customers[i].replyNeededAt < oldest {
                oldest = customers[i].replyNeededAt
                pick = i
            }
        }
        agents.items[Int(a)].writing = pick
        guard pick >= 0 else { return }
        let m = draws[Int(customers[pick].channel)].messages!
        let r = m.reply.sample(customers.script(pick))
        customers[pick].state = .replying
        customers[pick].aloneTime += r
        events.schedule(at: now + r, priority: .completion, .completion(agent: a, generation: g))
    }

    /// Agent a sends the reply it was writing.
    mutating func replySent(agent a: Int32) {
        let i = agents.items[Int(a)].writing
        agents.items[Int(a)].writing = -1
        let cu = customers[i]
        let c = Int(cu.channel)
        customers.replyTimers.bump(Int(i))        // the customer's patience for this reply is over
        monitor.replied(channel: c, interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                        delay: now - cu.replyNeededAt, at: now)
        customers[i].exchangesLeft -= 1
        if customers[i].exchangesLeft == 0 {
            detach(slot: slot(of: i, agent: a), agent: a)
            monitor.completed(channel: c, interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                              service: now - cu.answeredAt, alone: cu.aloneTime, response: now - cu.arrival)
            endContact(i)
            afterDeparture(a)
            return
        }
        let m = draws[c].messages!
        let t = m.typing.sample(customers.script(i))
        customers[i].aloneTime += t
        customers[i].state = .typing
        events.schedule(at: now + t, priority: .normal, .typed(customer: i, generation: customers.generation(i)))
        startWriting(agent: a)
    }

    /// Customer i has written their next message.
    mutating func customerTyped(_ i: Int32) {
        awaitReply(i)
        let a = customers[i].agent
        if agents.items[Int(a)].writing < 0 { startWriting(agent: a) }
    }

    /// Customer i gives up waiting for a reply and leaves the chat unresolved.
    mutating func leaveMidChat(_ i: Int32) {
        let cu = customers[i]
        let a = cu.agent
        // A reply being written to someone who has left is wasted: the agent drops it.
        if agents.items[Int(a)].writing == i { agents.items[Int(a)].writing = -1 }
        detach(slot: slot(of: i, agent: a), agent: a)
        monitor.leftMidChat(channel: Int(cu.channel), interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                            service: now - cu.answeredAt, waited: now - cu.replyNeededAt)
        finishVisitor(i, .abandonedMidChat, channel: Int(cu.channel))
        customers.release(i)
        afterDeparture(a)
    }
}
