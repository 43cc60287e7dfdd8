# Replay validation chart: the bank's April-June 1999 (Sunday-Thursday) as observed in the log
# against the simulated replay (recorded arrivals and handle times, agents present with a
# shrinkage per clock hour calibrated on January-March, patience fitted on January-March),
# 10 replications (docs/validation.md).
# Re-draw by hand from this directory:  gnuplot replay.gp
# replay-hours.dat: per hour of the day, offered, then per figure observed, simulated mean, 95% half-width.
# replay-days.dat: the same per day (day 0 = the first replayed day).
set terminal pngcairo size 1200,900 noenhanced font 'sans-serif,10' background rgb 'white'
set output 'replay.png'
set multiplot layout 2,2 title 'Anonymous bank, April-June 1999: observed (points) against simulated (line, 95% CI band)'
set key top left
set grid
set xlabel 'hour of the day'
set xrange [6.5:23.5]
names = 'p_abandon asa_s p_wait sl_20s'
do for [k=1:4] {
    set title word(names, k)
    set yrange [0:*]
    o = 3 * k; s = o + 1; h = o + 2
    plot 'replay-hours.dat' using 1:(column(s) - column(h)):(column(s) + column(h)) with filledcurves lc rgb '#c6dbef' title 'simulated 95% CI', \
         '' using 1:s with lines lw 2 lc rgb '#08519c' title 'simulated mean', \
         '' using 1:o with points pt 7 ps 1.2 lc rgb '#d94801' title 'observed'
}
unset multiplot
set terminal svg size 1200,900 noenhanced font 'sans-serif,10' background rgb 'white'
set output 'replay.svg'
set multiplot layout 2,2 title 'Anonymous bank, April-June 1999: observed (points) against simulated (line, 95% CI band)'
do for [k=1:4] {
    set title word(names, k)
    o = 3 * k; s = o + 1; h = o + 2
    plot 'replay-hours.dat' using 1:(column(s) - column(h)):(column(s) + column(h)) with filledcurves lc rgb '#c6dbef' title 'simulated 95% CI', \
         '' using 1:s with lines lw 2 lc rgb '#08519c' title 'simulated mean', \
         '' using 1:o with points pt 7 ps 1.2 lc rgb '#d94801' title 'observed'
}
unset multiplot
set terminal pngcairo size 1200,450 noenhanced font 'sans-serif,10' background rgb 'white'
set output 'replay-days.png'
set multiplot layout 1,2 title 'Per day (64 replayed days): observed against simulated'
set xlabel 'replayed day'
set xrange [*:*]
do for [k in "1 2"] {
    set title word(names, k + 0)
    o = 3 * k; s = o + 1; h = o + 2
    plot 'replay-days.dat' using 1:(column(s) - column(h)):(column(s) + column(h)) with filledcurves lc rgb '#c6dbef' title 'simulated 95% CI', \
         '' using 1:s with lines lw 2 lc rgb '#08519c' title 'simulated mean', \
         '' using 1:o with points pt 7 ps 1 lc rgb '#d94801' title 'observed'
}
unset multiplot
