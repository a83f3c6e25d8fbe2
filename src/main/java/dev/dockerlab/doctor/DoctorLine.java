package dev.dockerlab.doctor;

/** One line of doctor's report. A fix is said only for what is not ok. */
public record DoctorLine(Status status, String topic, String finding, String fix) {

    public enum Status { OK, WARN, FAIL }

    static DoctorLine ok(String topic, String finding) {
        return new DoctorLine(Status.OK, topic, finding, null);
    }

    static DoctorLine warn(String topic, String finding, String fix) {
        return new DoctorLine(Status.WARN, topic, finding, fix);
    }

    static DoctorLine fail(String topic, String finding, String fix) {
        return new DoctorLine(Status.FAIL, topic, finding, fix);
    }
}
