// Part of the fault-injection suite (see helpers/faults-suite.ts), split so two workers share it.
import { permanentFaults } from './helpers/faults-suite.js'

permanentFaults()
