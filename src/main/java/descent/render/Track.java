package descent.render;

import descent.sim.Trajectory;

/**
 * One racer's trajectory as the frame shows it: its label in the legend and its place in the race, which gives its
 * colour, marker and dash.
 */
public record Track(String label, int slot, Trajectory trajectory) {
}
