import SimKernel

/// Where a customer is in its life.
enum CustomerState: UInt8 {
    case free, waiting, abandoned, inService
}

/// One customer's attributes and progress (drawn at arrival; see docs/model.md).
struct Customer {
    var arrival: Double = 0
    var patience: Double = 0
    var work: Double = 0
    /// Agent-virtual time at which the work is done (fluid sharing; see `AgentPool`).
    var finishV: Double = 0
    var answeredAt: Double = 0
    var channel: Int32 = 0
    var interval: Int32 = 0
    var state: CustomerState = .free
}

/// A free-list pool of customers, so memory stays at the peak number present at once
/// rather than growing with every visitor.
///
/// A slot is reused once its customer has left, so every event about a customer carries
/// the slot's generation; releasing a slot bumps it and so cancels the old customer's
/// pending patience timer.
struct CustomerPool {
    private(set) var items: ContiguousArray<Customer> = []
    private var freeList: [Int32] = []
    private(set) var generations = GenerationTable()

    init(capacity: Int) {
        items.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func allocate() -> Int32 {
        if let i = freeList.popLast() { return i }
        items.append(Customer())
        _ = generations.append()
        return Int32(items.count - 1)
    }

    @inline(__always)
    mutating func release(_ i: Int32) {
        items[Int(i)].state = .free
        generations.bump(Int(i))
        freeList.append(i)
    }

    @inline(__always)
    func generation(_ i: Int32) -> Generation { generations.current(Int(i)) }

    subscript(i: Int32) -> Customer {
        get { items[Int(i)] }
        _modify { yield &items[Int(i)] }
    }

    /// Customers currently present (waiting, in service, or abandoned but still queued).
    var inUse: Int { items.count - freeList.count }
}
